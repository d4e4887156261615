// Who or what each figure is about. Candidates are the names and references in its sentence:
// left of the figure anywhere in the sentence, right of it only inside its clause ("the 720,000
// bpd that the Varn pipeline carried"). Each scores by how well its kind fits the unit, minus
// distance. References ("the pipeline", "the three fields", "It", "the pumping rate") resolve to
// the last thing of their kind named before them, or to the subject of the previous figure.
import { tag, type Candidate } from '../base/candidate';
import { clauseEnd, clauseStart } from '../base/clauses';
import type { ExtractContext, Refiner } from '../base/context';
import { HOLDER, PRICE, type Mention } from '../subjects/mentions';
import { priority } from '../subjects/priority';
import { HOLDER_KINDS } from '../subjects/indicator';
import { resolve, type Resolved } from '../subjects/resolve';
import { destination, inSubordinate, sidelined, SIDELINED } from '../subjects/roles';
import { QUALIFIER_TAIL } from './qualifiers';
import { flowsOf, subjectEntity, unitFor, unitGroup } from '../subjects/choice/unit-fit';
import { handPick, type ScoreTerms, type SubjectOption } from '../subjects/choice/options';
import { chooseSubject, choosing } from '../subjects/choice/choose';

const FALLBACK_SENTENCES = 3;
const SUPPOSED = /\ban?\s+(?:average\s+)?$/i;


export const subjects: Refiner = {
  name: 'subject',
  refine(ctx, figures) {
    // The previous figure per kind of unit: "Flows …" after a revenue figure still means the
    // last thing whose flows were reported, not the government that collected the money.
    const lastOf = new Map<string, Candidate>();
    let last: Candidate | null = null;
    // The previous figure even when its subject stays in its own sentence (an indicator, a
    // budget line): "It", "the decline" in the next sentence still continue it.
    let previous: Candidate | null = null;
    const bySentence = new Map<number, Candidate[]>();
    for (const f of figures) {
      const list = bySentence.get(f.sentence);
      if (list) list.push(f);
      else bySentence.set(f.sentence, [f]);
    }
    const indexIn = new Map<Candidate, number>();
    for (const list of bySentence.values()) list.forEach((g, k) => indexIn.set(g, k));
    for (const f of figures) {
      const same = bySentence.get(f.sentence) ?? [f];
      const at = indexIn.get(f) ?? 0;
      const compared = comparedWith(ctx, f, same, at);
      if (compared?.subject) {
        f.subject = compared.subject;
        f.subjectVia = 'comparison';
        tag(f, 'subject:comparison');
        if (!f.subject.local) lastOf.set(unitGroup(f.unit), f);
        continue;
      }
      last = lastOf.get(unitGroup(f.unit)) ?? (f.unit === '%' ? lastOf.get('any') ?? null : null);
      let best: Resolved | null;
      if (choosing(ctx)) {
        // Every candidate of every pass, described for the model (or watched for its labelled set).
        const options: SubjectOption[] = [];
        pickInSentence(ctx, f, same, at, last, near(previous, f), options);
        pickBefore(ctx, f, last, options);
        const pick = chooseSubject(ctx, f, options, handPick(options), last);
        best = pick === null ? null : (options[pick] as SubjectOption).resolved;
      } else best = pickInSentence(ctx, f, same, at, last, near(previous, f)) ?? pickBefore(ctx, f, last);
      if (best) {
        f.subject = subjectEntity(ctx, f, best.entity);
        f.subjectVia = best.via;
        tag(f, `subject:${best.via}`);
      }
      if (f.subject && !f.subject.local) {
        lastOf.set(unitGroup(f.unit), f);
        lastOf.set('any', f);
      }
      if (f.subject) previous = f;
    }
    return figures;
  },
};

// "compared with more than 500,000 bpd before …", "up from 115,000 on Monday", "against 270,000
// bpd in the first week": the other side of a comparison is about the same thing.
const COMPARISON = new RegExp(String.raw`\b(?:compared\s+(?:with|to)|against|versus|vs\.?|(?:up|down|rising|falling|recovering)\s+from|from|(?<!more\s|less\s|fewer\s|rather\s)than)\s+(?:the\s+)?(?:${QUALIFIER_TAIL}\s+)?$`, 'i');

function comparedWith(ctx: ExtractContext, f: Candidate, figures: Candidate[], at: number): Candidate | null {
  // The earlier figure first: it is cheap to look for and usually missing, the words are not.
  let other: Candidate | null = null;
  for (let i = at - 1; i >= 0 && i >= at - 8; i--) {
    const g = figures[i] as Candidate;
    if (g.sentence !== f.sentence) return null;
    if (g.unit === f.unit && g.kind !== 'change') {
      other = g;
      break;
    }
  }
  if (!other || !COMPARISON.test(ctx.text.slice(Math.max(0, f.start - 40), f.start))) return null;
  return other;
}

function hasAsideMark(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 41 || c === 45 || c === 0x2013 || c === 0x2014) return true;
  }
  return false;
}

/**
 * A name inside an aside between the subject and its figure — dashes or brackets ("Kirkuk's
 * three main fields - Baba Gurgur, Avana and Bai Hassan - can produce") — is not the subject.
 */
function insideAside(ctx: ExtractContext, m: Mention, f: Candidate): boolean {
  const after = ctx.text.slice(m.end, f.start);
  const close = /\s[-–—]\s|\)/.exec(after);
  if (!close) return false;
  const s = ctx.sentences[f.sentence];
  const before = ctx.text.slice(s?.start ?? 0, m.start);
  return /(?:\s[-–—]\s|\()[^-–—()]*$/.test(before);
}

// "… to Brent, which settled at $59.30": the name leads the relative clause the figure is in.
const RELATIVE = /^[\w\s]{0,20}?,\s*(?:which|whose|that)\b/i;
const RELATIVE_NEXT = /^,\s*(?:which|that|whose)\b/i;
// Also the circumstances a figure is given in ("during repairs at a station in Georgia", "amid
// protests in Basra"): names there are not what it measures.
const SUBORDINATE = /\b(?:after|before|since|when|because|while|although|though|until|following|as|during|amid|despite)\b/i;
// "sold for $41 a barrel, compared with $66 for Brent": the other side of a comparison.
const COMPARED = /\b(?:compared\s+(?:with|to)|versus|vs\.?|than)\s/i;
// "OPEC+ quota": the plus belongs to the name.
const MODIFIES = /\+?(?:-led|\s+(?:supply\s+|production\s+|output\s+)?(?:deal|agreement|pact|accord|cuts?|curbs?|quotas?|ceiling|target|limit|talks|meeting|survey|partners|policy|alliance)\b)/iy;

// "OPEC's cuts", "the group's deal": a producers' group owning a pact, not a figure of its members.
const GROUP_OWNS = /^\+?['’]s\s+(?:supply\s+)?(?:deal|agreement|pact|accord|cuts?|curbs?|quotas?|ceiling|target|limit|policy)\b/i;

// "a premium of $2.10 to dated Brent", "a discount to the front-month contract": the reference price.
const TO_REFERENCE = /\b(?:to|over|under|against)\s+(?:the\s+)?(?:dated\s+|front-month\s+|benchmark\s+|official\s+)?$/i;

// "Brent's premium over WTI widened to $6", "a discount to Brent of $2": on the left too.
const REFERENCE_BEFORE = /\b(?:to|over|against)\s+(?:the\s+)?$/i;

// "Norway's quota will be 40,000 bpd", "cutting Angola's output by 60,000 bpd": whose
// measure the clause states, however well a pipeline or group named beside it fits the unit.
const OWNS = /^['’]s?\s+(?:(?:daily|crude|oil|total|monthly|own)\s+){0,2}(?:output|production|exports|imports|quota|shipments|sales|revenues?|loadings)\b/;
const OWNER_REACH = 80;
const OF_BEFORE = /\bof\s+(?:the\s+)?$/i;
// "Iraq's exports through the Kirkuk pipeline": the measure is the route's; the hand score decides.
// A number after the word ("its output at 900,000 bpd") is the figure itself, not a route.
const ROUTED = /\b(?:through|via|from|at)\s+(?!(?:about|around|roughly|some|nearly|almost|just|over|under|more|less|an?\s+(?:average|rate|level|record|high|low))\b)[A-Za-z]/i;

// "Norland will trim its crude output by …", "Westland promised to hold its exports at …": the
// name is the subject of a verb whose object is its own measure.
const OWNS_ITS = /^\s+(?:[a-z-]+\s+){1,4}?(?:its|their)\s+(?:(?:daily|crude|oil|total|monthly|own)\s+){0,2}(?:output|production|exports|imports|quota|shipments|sales|revenues?|loadings)\b/;
// "cutting the output of the kingdom by …": the name right after "output of".
const OWNED_BY = /\b(?:output|production|exports|imports|revenues?|earnings)\s+of\s+(?:the\s+)?$/i;

function ownsMeasure(text: string, start: number, end: number, figure: number): boolean {
  // "of" before the name is the measure's own "of" here, not a share's whole.
  if (OWNED_BY.test(text.slice(Math.max(0, start - 30), start))) return true;
  if (OF_BEFORE.test(text.slice(Math.max(0, start - 8), start))) return false;
  const after = text.slice(end, end + 60);
  const r = OWNS.exec(after) ?? OWNS_ITS.exec(after);
  return r !== null && !ROUTED.test(text.slice(end + r[0].length, figure));
}

// "Norland's energy ministry said flows reached 90,000 bpd": the ministry reports on what flows,
// named before; the reported clause's own subject ("flows") refers back to it. Not "Iraq said
// exports …": a country's exports are its own.
const SPEAKER = /^['’]s?\s+(?:[\w-]+\s+){0,2}?(?:ministry|minister|officials?|spokes(?:man|woman|person)|authorities)\s+(?:said|says|told\s+(?:[\w-]+\s+){0,3}?|reported|estimated|announced)\s*(?:that\s+)?(?:the\s+)?(?:(?:crude|oil|pipeline)\s+)?(?:flows?|volumes|throughput|pumping)\b/i;

// "China took half, with India at 20 percent and Japan at 9 percent", "Brent at $80":
// a name set right before "at" and its figure is what the figure measures.
const SET_AT = /^\s+(?:(?:was|is|stood|next|trailing|close\s+behind|behind)\s+)?at\s+(?:(?:about|around|roughly|some|nearly|almost|just|over|under|below|above|more\s+than|less\s+than)\s+)?$/i;

// "barrels of Kirkuk crude": what directly follows "of" names the stuff measured.
const OF_GAP = /^\s+of\s+(?:the\s+)?$/i;

/**
 * Named things and typed references first; "it", "flows", "the rate" (`generic`) only when the
 * sentence names nothing that fits.
 */
const MENTION_REACH = 1000;
/** The farthest a name right of the figure is read, in the widest pass. */
const RIGHT_REACH = 120;

/** The figure just before, when it is in this sentence or the one before and counts alike. */
function near(previous: Candidate | null, f: Candidate): Candidate | null {
  return previous && previous.sentence >= f.sentence - 1 && unitGroup(previous.unit) === unitGroup(f.unit) ? previous : null;
}

function pickInSentence(ctx: ExtractContext, f: Candidate, figures: Candidate[], at: number, last: Candidate | null, previous: Candidate | null, sink?: SubjectOption[]): Resolved | null {
  const ms = ctx.mentions(f.sentence);
  if (!ms.length) return null;
  // Read once for the three passes, not per pass or per mention: the clause scans reach up to
  // 400 characters each way, and a percentage's money words are the same for every candidate.
  const cStart = clauseStart(ctx, f.start);
  const cEnd = clauseEnd(ctx, f.end);
  const unit = unitFor(ctx, f);
  // Only the mentions within reach of the figure (MENTION_REACH on the left, RIGHT_REACH on the
  // right) can score; in a run-on sentence with hundreds of names, walking all of them for every
  // figure made this quadratic. Mentions are in text order and do not overlap, so their ends
  // are ordered too and the first one in reach is found by bisection.
  const from = firstEndingFrom(ms, f.start - MENTION_REACH);
  let to = from;
  while (to < ms.length && (ms[to] as Mention).start - f.end <= RIGHT_REACH) to++;
  if (sink) {
    // Every pass, for the model to weigh all of them; the hand pick is read from the sink.
    pickAmong(ctx, f, ms, from, to, figures, at, last, previous, cStart, cEnd, unit, false, false, sink);
    pickAmong(ctx, f, ms, from, to, figures, at, last, previous, cStart, cEnd, unit, true, false, sink);
    const before = sink.length;
    pickAmong(ctx, f, ms, from, to, figures, at, last, previous, cStart, cEnd, unit, false, true, sink);
    // The wide pass reads again the names right of the figure inside its clause: once is enough.
    const clause = new Set(sink.slice(0, before).map((o) => o.index));
    for (let k = sink.length - 1; k >= before; k--) if (clause.has((sink[k] as SubjectOption).index)) sink.splice(k, 1);
    return null;
  }
  return (
    pickAmong(ctx, f, ms, from, to, figures, at, last, previous, cStart, cEnd, unit, false, false) ??
    pickAmong(ctx, f, ms, from, to, figures, at, last, previous, cStart, cEnd, unit, true, false) ??
    pickAmong(ctx, f, ms, from, to, figures, at, last, previous, cStart, cEnd, unit, false, true)
  );
}

/** Index of the first mention ending at or after `pos` (ms.length when none). */
function firstEndingFrom(ms: readonly Mention[], pos: number): number {
  let lo = 0;
  let hi = ms.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((ms[mid] as Mention).end < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** One pass of pickInSentence: the generic references or the rest, the figure's clause or wider. */
function pickAmong(
  ctx: ExtractContext, f: Candidate, ms: Mention[], from: number, to: number, figures: Candidate[], at: number, last: Candidate | null, previous: Candidate | null,
  cStart: number, cEnd: number, unit: Candidate['unit'], generic: boolean, wide: boolean, sink?: SubjectOption[],
): Resolved | null {
  let best: Resolved | null = null;
  let bestScore = -Infinity;
  for (let i = from; i < to; i++) {
    const m = ms[i] as Mention;
    if (m.start < f.end && m.end > f.start) continue;
    if ((m.refers === 'generic') !== generic) continue;
    if (m.refers === HOLDER && unit !== 'USD' && unit !== 'IQD') continue;
    const right = m.start >= f.end;
    // No ordinary sentence reaches this far; in a run-on one it keeps the search linear.
    if (!right && f.start - m.end > MENTION_REACH) continue;
    // Right of the figure only inside its clause, unless nothing else in the sentence fits
    // ("At $62.07 a barrel, Brent is up 14 percent").
    if (right && (wide ? m.start - f.end > RIGHT_REACH : m.start >= cEnd || m.start - f.end > 80)) continue;
    if (wide && !right) continue;
    // The words between the figure and a name on its right, read by several rules below.
    const gap = right ? ctx.text.slice(f.end, m.start) : '';
    // A share is about its part; the whole follows "of" on its right, the part may follow
    // "from" or "by" ("45 percent of exports came from the Kirkuk fields").
    // With nothing else in the sentence, a share of money is about the money's holder, named as
    // the whole's owner ("Oil accounts for 90 per cent of Nigeria's export earnings").
    if (right && f.kind === 'share' && !/\b(?:from|by|through|via)\b/i.test(gap) && !(wide && unit === 'USD' && m.entity && HOLDER_KINDS.has(m.entity.kind) && OF_GAP.test(gap))) continue;
    // Names inside a subordinate clause after the figure ("… after the army took over Kirkuk")
    // belong to that clause.
    if (right && (SUBORDINATE.test(gap) || COMPARED.test(gap))) continue;
    // Prices in general are the subject of a price or a percentage, never of barrels or money;
    // nor is a price that is only supposed ("an oil price of $60" in a budget).
    if (m.refers === PRICE && ((unit !== 'USD/bbl' && unit !== '%') || SUPPOSED.test(ctx.text.slice(Math.max(0, m.start - 12), m.start)))) continue;
    // "to Asia", "into Europe": where the oil goes is not what a figure measures.
    if (m.entity?.kind === 'place' && destination(ctx.text, m)) continue;
    let r = resolve(ctx, m, f.sentence, last, previous);
    if (!r) continue;
    if (!right && !generic && SPEAKER.test(ctx.text.slice(m.end, Math.min(f.start, m.end + 80)))) r = reported(ctx, f, ms, i, r, last, previous, unit);
    let p = priority(unit, flowsOf(ctx, r.entity, f).kind);
    if (p <= 0) continue;
    const dist = right ? (m.start - f.end) * 1.5 + 30 : f.start - m.end;
    const crossed = !right && m.end <= cStart ? 50 : 0;
    // A name with another figure between it and this one is that figure's subject first
    // ("The two wells supplied 30 percent of the 720,000 bpd that the Varn pipeline carried").
    // Only the next figure on that side can stand between (figures are in text order).
    const neighbour = right ? figures[at + 1] : figures[at - 1];
    const blocked = neighbour && (right ? neighbour.end <= m.start : neighbour.start >= m.end) ? 80 : 0;
    const ofBonus = right && OF_GAP.test(gap) ? 150 : 0;
    // A name used to qualify another noun ("Iraq's OPEC ceiling", "under the OPEC deal") is not
    // what the figure is about.
    MODIFIES.lastIndex = m.end;
    const modifier = MODIFIES.test(ctx.text) || (r.entity.kind === 'org' && GROUP_OWNS.test(ctx.text.slice(m.end, m.end + 30))) ? 250 : 0;
    // "a discount of $1.40 a barrel to the Oman/Dubai average": what follows "to" is the reference.
    // It must lose even to a grade named a clause and a figure earlier ("Urals traded at $58 at
    // Primorsk on Friday, a discount of $13 to Brent"): a benchmark outranks a grade by 100, the
    // clause costs 50, the figure between 80, the distance more.
    const reference = right
      ? (TO_REFERENCE.test(gap) ? 400 : 0)
      : f.unit === 'USD/bbl' && REFERENCE_BEFORE.test(ctx.text.slice(Math.max(0, m.start - 13), m.start)) && !RELATIVE.test(ctx.text.slice(m.end, m.end + 30)) ? 300 : 0;
    const aside = !right && hasAsideMark(ctx.text, m.end, f.start) && insideAside(ctx, m, f) ? 120 : 0;
    // "… to Novorossiysk, which shipped 1.6 million bpd": the name the relative clause hangs on
    // is its subject, whatever was named before it, even the end of a route.
    const relative = !right && cStart === m.end + 1 && ctx.text.charCodeAt(m.end) === 44 && RELATIVE_NEXT.test(ctx.text.slice(m.end, m.end + 12)) ? 150 : 0;
    const side = relative ? 0 : sidelined(ctx, ms, i);
    // Not the whole of a share ("Kurdistan's share of Iraq's exports was 12 percent"): that is the part's.
    const owner = !right && !crossed && f.kind !== 'share' && f.start - m.end <= OWNER_REACH && ownsMeasure(ctx.text, m.start, m.end, f.start) ? 450 : 0;
    const setAt = !right && !owner && SET_AT.test(ctx.text.slice(m.end, f.start)) ? 200 : 0;
    const closed = !right && !owner && closedClause(ctx, m, f) ? 150 : 0;
    const score = (p - side) * 100 - dist - crossed - blocked + ofBonus + relative - modifier - reference - aside + owner + setAt - closed;
    sink?.push({
      resolved: r,
      pass: wide ? 'wide' : generic ? 'generic' : 'clause',
      index: i,
      score,
      terms: {
        priority: p, sidelined: side, chars: right ? m.start - f.end : f.start - m.end, right, crossed: crossed > 0, blocked: blocked > 0,
        of: ofBonus > 0, modifier: modifier > 0, reference: reference > 0, aside: aside > 0, relative: relative > 0, owner: owner > 0, back: 0,
      },
    });
    if (score > bestScore) {
      bestScore = score;
      best = r;
    }
  }
  return best;
}

/** What the clause a speaker reports is about: its "flows" when they refer back to something that carries oil better than the speaker. */
function reported(ctx: ExtractContext, f: Candidate, ms: Mention[], i: number, speaker: Resolved, last: Candidate | null, previous: Candidate | null, unit: Candidate['unit']): Resolved {
  const next = ms[i + 1];
  if (!next || next.refers !== 'generic' || next.start >= f.start) return speaker;
  const r = resolve(ctx, next, f.sentence, last, previous);
  const fit = (e: Resolved) => priority(unit, flowsOf(ctx, e.entity, f).kind);
  return r && fit(r) > fit(speaker) ? { ...r, mention: speaker.mention } : speaker;
}

// "Flows in the line have slumped since troops seized the fields, with flows put at …": a name
// inside a subordinate clause that a comma closed before the figure belongs to that clause.
const OPENS_CLAUSE = /\b(?:since|after|before|when|because|until|although|though|while)\s[^,;]*$/i;

function closedClause(ctx: ExtractContext, m: Mention, f: Candidate): boolean {
  const between = ctx.text.slice(m.end, f.start);
  // A comma that opens an aside about the name ("…, which include diesel, dropped") closes nothing.
  if (!between.includes(',') || /,\s*(?:which|who|whose|that)\b/i.test(between)) return false;
  const s = ctx.sentences[f.sentence];
  return OPENS_CLAUSE.test(ctx.text.slice(Math.max(s?.start ?? 0, m.start - 120), m.start));
}

const beforeTerms = (priority: number, sidelined: number, back: number): ScoreTerms => ({
  priority, sidelined, chars: 0, right: false, crossed: false, blocked: false, of: false, modifier: false, reference: false, aside: false, relative: false, owner: false, back,
});

/** No subject in the sentence: the best-fitting thing named in the few sentences before. */
function pickBefore(ctx: ExtractContext, f: Candidate, last: Candidate | null, sink?: SubjectOption[]): Resolved | null {
  let best: Resolved | null = null;
  let bestScore = -Infinity;
  const unit = unitFor(ctx, f);
  for (let back = 1; back <= FALLBACK_SENTENCES && f.sentence - back >= 0; back++) {
    const ms = ctx.mentions(f.sentence - back);
    for (let i = 0; i < ms.length; i++) {
      const m = ms[i] as Mention;
      if (m.refers === 'generic' || m.entity?.local || (m.refers === HOLDER && unit !== 'USD' && unit !== 'IQD')) continue;
      if (m.refers === PRICE && unit !== 'USD/bbl' && unit !== '%') continue;
      if (m.entity?.kind === 'place' && destination(ctx.text, m)) continue;
      const r = resolve(ctx, m, f.sentence - back, last);
      if (!r) continue;
      // A name beside the point of its own sentence is not what a later figure refers back to.
      const aside = sidelined(ctx, ms, i) + (inSubordinate(ctx, f.sentence - back, m) ? SIDELINED : 0);
      const p = priority(unit, r.entity.kind);
      const score = (p - aside) * 100 - back * 150;
      sink?.push({ resolved: { ...r, via: 'anaphor' }, pass: 'before', index: i, score, terms: beforeTerms(p, aside, back) });
      if (score > bestScore) {
        bestScore = score;
        best = { ...r, via: 'anaphor' };
      }
    }
  }
  // Money keeps its holder longer than flows keep their pipe: "Revenue was $7.7 billion in July"
  // three sentences after "Iraq earned $8.3 billion" is still Iraq's, whatever port came between.
  const reach = unitGroup(f.unit) === 'money' ? FALLBACK_SENTENCES : 1;
  if (last?.subject && last.sentence >= f.sentence - reach) {
    // Each sentence back costs as much as a name one sentence further back: a holder named in the
    // sentence just before ("froze part of SOMO's accounts. The judges set the sum at …") still wins.
    const p = priority(f.unit, last.subject.kind);
    const score = p * 100 - 50 - 50 * (f.sentence - last.sentence);
    const previous: Resolved = { entity: last.subject, via: 'previous-figure', mention: { start: f.start, end: f.start, entity: last.subject, refers: null, resolved: undefined, aside: undefined, subordinate: undefined } };
    sink?.push({ resolved: previous, pass: 'previous-figure', index: -1, score, terms: beforeTerms(p, 0, f.sentence - last.sentence) });
    if (score > bestScore) return previous;
  }
  return best;
}

