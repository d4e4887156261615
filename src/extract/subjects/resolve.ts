// What a mention refers to: a named entity as itself; "the pipeline", "the three fields", "the
// region" as the last thing of that kind named before it (else the first in the story's opening,
// else "unnamed pipeline"); "it", "flows", "the rate" as the previous figure's subject.
import type { Candidate } from '../base/candidate';
import type { ExtractContext } from '../base/context';
import { perArticle } from '../base/memo';
import type { Entity } from './gazetteer';
import { COUNTRY, PRICE, SPILL, type Mention } from './mentions';
import { priority } from './priority';
import { inSubordinate, sidelined, SIDELINED } from './roles';

// References reach back about a paragraph or two, not to the top of a long story.
const LOOKBACK_SENTENCES = 6;
/** "Oil prices" one sentence after "Brent settled at …" are Brent's; further on, oil's in general. */
const PRICE_LOOKBACK = 2;

export interface Resolved {
  entity: Entity;
  via: 'named' | 'anaphor' | 'previous-figure';
  mention: Mention;
}

// "It", "the drop": words that continue the previous figure itself, whatever its subject.
const CONTINUES = /^(?:it|the\s+(?:decline|drop|fall|increase|rise))$/i;

/**
 * `previous` is the figure just before, even one whose subject stays in its sentence (an
 * indicator): "It" and "the drop" continue it, where "exports" or "flows" do not.
 */
export function resolve(ctx: ExtractContext, m: Mention, sentence: number, last: Candidate | null, previous: Candidate | null = null): Resolved | null {
  if (m.entity) {
    const member = memberOf(ctx, m, sentence);
    return member ? { entity: member, via: 'anaphor', mention: m } : { entity: m.entity, via: 'named', mention: m };
  }
  if (m.refers === 'generic') {
    if (previous?.subject && previous !== last && CONTINUES.test(ctx.text.slice(m.start, m.end))) {
      return { entity: previous.subject, via: 'previous-figure', mention: m };
    }
    // The pronoun "it" is the subject of the sentence just before, even when that sentence states
    // no figure ("Angola's output has doubled since Saturday. It reached …"). "Flows" or "the
    // rate" name what moves, which the previous flow figure's subject still fits better.
    const prev = bestOf(ctx, sentence - 1, last);
    const pronoun = m.end - m.start === 2;
    if (last?.subject && last.sentence >= sentence - 2 && (last.sentence >= sentence - 1 || !pronoun || !prev)) {
      return { entity: last.subject, via: 'previous-figure', mention: m };
    }
    return prev ? { entity: prev, via: 'anaphor', mention: m } : null;
  }
  // A typed reference ("the pipeline") means the same thing for every figure that looks at it:
  // resolved once, kept on the mention.
  let found = m.resolved;
  if (found === undefined && m.refers === 'group') found = m.resolved = namedTogether(ctx, m, sentence) ?? undefined;
  if (found === undefined) {
    // Prices in general are a benchmark's only when the story has just named it.
    found = m.refers === PRICE
      ? lastNamed(ctx, m.start, sentence, m.refers, PRICE_LOOKBACK) ?? defaultOf(ctx, m.refers)
      : lastNamed(ctx, m.start, sentence, m.refers) ?? firstNamed(ctx, m.start, m.refers) ?? defaultOf(ctx, m.refers);
    m.resolved = found;
  }
  return found ? { entity: found, via: 'anaphor', mention: m } : null;
}

// "the OPEC member", "an OPEC member,", "the fellow OPEC+ member": a country named by the group it
// belongs to, not the group. Not when a name follows ("OPEC member Libya"): that name is itself.
const MEMBER_BEFORE = /\b(?:the|an?|another|fellow)\s+(?:fellow\s+)?$/i;
const MEMBER_AFTER = /^\+?\s+(?:member|producer)(?:\s+(?:country|state|nation))?\b(?!\s+[A-Z])/;
// "OPEC's second-largest producer", "OPEC's top exporter": a member ranked in its group, not the group.
const RANKED_MEMBER = /^\+?['’]s\s+(?:[\w-]+\s+){1,2}(?:member|producer|exporter)\b(?!\s+[A-Z])/;

/** The country an organisation's "member" phrase stands for: the last one named before it. */
function memberOf(ctx: ExtractContext, m: Mention, sentence: number): Entity | null {
  const e = m.entity as Entity;
  if (e.kind !== 'org') return null;
  // Resolved once and kept on the mention, like a typed reference (undefined until asked).
  if (m.resolved === undefined) {
    const text = ctx.text;
    const after = text.slice(m.end, m.end + 40);
    m.resolved = (MEMBER_AFTER.test(after) && MEMBER_BEFORE.test(text.slice(Math.max(0, m.start - 16), m.start))) || RANKED_MEMBER.test(after)
      ? lastNamed(ctx, m.start, sentence, ['country']) ?? firstNamed(ctx, m.start, ['country'])
      : null;
  }
  return m.resolved;
}

// "the two fields", "both fields": as many fields as the reference counts, named together in
// one sentence before it ("Jambur and Khabbaz … the two fields" are those two, not all of Kirkuk).
const COUNTED = /\b(two|three|four|both|2|3|4)\b/i;
const COUNTS: Record<string, number> = { two: 2, both: 2, '2': 2, three: 3, '3': 3, four: 4, '4': 4 };
// Shared across articles so equal labels share one object; bounded like the other per-batch caches.
const together = new Map<string, Entity>();

function namedTogether(ctx: ExtractContext, m: Mention, sentence: number): Entity | null {
  const n = COUNTS[(COUNTED.exec(ctx.text.slice(m.start, m.end))?.[1] ?? '').toLowerCase()];
  if (!n) return null;
  for (let s = sentence; s >= 0 && s > sentence - LOOKBACK_SENTENCES; s--) {
    const fields: Entity[] = [];
    for (const k of ctx.mentions(s)) {
      if (k.start < m.start && k.entity?.kind === 'field' && !fields.includes(k.entity)) fields.push(k.entity);
    }
    if (fields.length === 0) continue;
    return fields.length === n ? combined(fields) : null;
  }
  return null;
}

/** One entity for fields named together: "Jambur and Khabbaz fields (Kirkuk)". */
function combined(fields: Entity[]): Entity {
  const id = fields.map((e) => e.id).join('-and-');
  let e = together.get(id);
  if (!e) {
    const names = fields.map((f) => f.aliases[0] ?? f.label);
    const where = /\(([^)]+)\)$/.exec((fields[0] as Entity).label)?.[1];
    const label = `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]} fields${where ? ` (${where})` : ''}`;
    const group = fields.every((f) => f.group === fields[0]?.group) ? fields[0]?.group : undefined;
    e = { id, label, kind: 'fieldgroup', aliases: [], ...(group ? { group } : {}) };
    if (together.size >= 10_000) together.clear();
    together.set(id, e);
  }
  return e;
}

// Per document and reference kind: the first such thing named in the opening sentences ("the
// pipeline" in the twentieth paragraph still means the one the first paragraph named). Only the
// opening is read, so a long story costs no more than a short one.
const LEDE_SENTENCES = 6;
// Keyed by the reference's kinds as the rule wrote them (one array per rule), not a joined string.
const firstMemo = perArticle<Mention['refers'], Mention | null>();

function firstNamed(ctx: ExtractContext, pos: number, refers: Mention['refers']): Entity | null {
  const first = firstMemo(ctx, refers, firstInLede);
  return first && first.start < pos && first.entity ? fits(ctx, first.entity, refers) : null;
}

function firstInLede(ctx: ExtractContext, refers: Mention['refers']): Mention | null {
  let found: Mention | null = null;
  for (let s = 0; s < Math.min(ctx.sentences.length, LEDE_SENTENCES) && !found; s++) {
    found = ctx.mentions(s).find((m) => m.entity && !m.entity.local && fits(ctx, m.entity, refers) !== null) ?? null;
  }
  return found;
}

// "The pipeline" in a story that names none is some pipeline we cannot tell: a generic label is
// honest, where guessing the corpus's usual pipeline would be wrong for every other story.
const UNNAMED = new Map<string, Entity>();

/** "the pipeline", "the field" … with nothing of that kind named before it. */
function defaultOf(ctx: ExtractContext, refers: Mention['refers']): Entity | null {
  if (!Array.isArray(refers)) return null;
  // "Oil prices rose 3%" in a story that names no benchmark: the price of crude in general.
  if (refers === PRICE) return ctx.gazetteer.byId.get('oil-price') ?? null;
  // "the kingdom" with no country before it, a spill with no pipeline: no honest guess.
  if (refers === COUNTRY || refers === SPILL) return null;
  const kind = refers[0];
  if (!kind || kind === 'region' || kind === 'province' || kind === 'company' || kind === 'benchmark' || kind === 'org') return null;
  let e = UNNAMED.get(kind);
  if (!e) {
    e = { id: `unnamed-${kind}`, label: `unnamed ${kind}`, kind, aliases: [] };
    UNNAMED.set(kind, e);
  }
  return e;
}

function fits(ctx: ExtractContext, e: Entity, refers: Mention['refers']): Entity | null {
  if (refers === 'group') {
    if (e.kind === 'fieldgroup') return e;
    if (e.kind === 'field' && e.group) return ctx.gazetteer.byId.get(e.group) ?? e;
    return e.flows ? ctx.gazetteer.byId.get(e.flows) ?? e : null;
  }
  return Array.isArray(refers) && refers.includes(e.kind) ? e : null;
}

/** The last entity named before `pos` whose kind the reference allows. */
function lastNamed(ctx: ExtractContext, pos: number, sentence: number, refers: Mention['refers'], lookback = LOOKBACK_SENTENCES): Entity | null {
  for (let s = sentence; s >= 0 && s > sentence - lookback; s--) {
    const ms = ctx.mentions(s);
    for (let i = ms.length - 1; i >= 0; i--) {
      const m = ms[i] as Mention;
      if (!m.entity || m.entity.local || m.start >= pos) continue;
      // "the country" is the one a sentence was about, not one the oil passed through or went to.
      if (refers === COUNTRY && sidelined(ctx, ms, i)) continue;
      const e = m.entity;
      if (refers === 'group') {
        if (e.kind === 'fieldgroup') return e;
        if (e.kind === 'field' && e.group) return ctx.gazetteer.byId.get(e.group) ?? e;
        if (e.flows) return ctx.gazetteer.byId.get(e.flows) ?? e;
        continue;
      }
      if (Array.isArray(refers) && refers.includes(e.kind)) return e;
    }
  }
  return null;
}

// Per document and sentence: every figure whose "It" reaches back to it asks the same question.
const bestMemo = perArticle<number, Entity | null>();

/** The best-fitting entity named (or referred to) in one sentence, for "It" with no figure before. */
function bestOf(ctx: ExtractContext, sentence: number, last: Candidate | null): Entity | null {
  if (sentence < 0) return null;
  // Only named things and typed references count here, and neither depends on `last`.
  return bestMemo(ctx, sentence, (c, i) => bestIn(c, i, last));
}

/** Scored as a flow (no unit): "It" is about what moves. */
function bestIn(ctx: ExtractContext, sentence: number, last: Candidate | null): Entity | null {
  let best: Entity | null = null;
  let bestScore = -Infinity;
  const ms = ctx.mentions(sentence);
  for (let i = 0; i < ms.length; i++) {
    const m = ms[i] as Mention;
    if (m.refers === 'generic' || m.entity?.local) continue;
    const e = (m.entity && memberOf(ctx, m, sentence)) ?? m.entity ?? resolve(ctx, m, sentence, last)?.entity ?? null;
    if (!e) continue;
    // "It" means the sentence's subject, not a name beside it or in a "while …" clause.
    const score = priority(null, e.kind) - sidelined(ctx, ms, i) - (inSubordinate(ctx, sentence, m) ? SIDELINED : 0);
    if (score > bestScore) {
      bestScore = score;
      best = e;
    }
  }
  return best;
}
