// Each candidate of the subject choice described by named features: the terms of the hand score
// one by one (how the thing's kind fits the unit, distance in words, clause and figure crossed,
// standing aside, "of" attachment, a modifier or a reference price), how it was found (pass,
// named or referred to), where it stands (side, sentences back, the sentence's lead) and a few
// cheap grammatical hints read from the words touching the name. Every look is a bounded window
// at the name or between it and the figure: nothing scans the sentence again.
import type { Candidate } from '../../base/candidate';
import type { ExtractContext } from '../../base/context';
import { perArticle } from '../../base/memo';
import { HOLDER, type Mention } from '../mentions';
import { inSubordinate } from '../roles';
import { unitFor, unitGroup } from './unit-fit';
import type { SubjectOption } from './options';

// Past this many characters the words between are not counted: the name is simply far.
const WINDOW = 240;
const LEAD = 30;
const LEDE_SENTENCES = 2;

const wordBucket = (n: number): string => (n === 0 ? '0' : n <= 2 ? '1-2' : n <= 5 ? '3-5' : n <= 10 ? '6-10' : '11+');

// Words right before a name that say how it attaches to the sentence.
const BEFORE = new Set(['in', 'at', 'to', 'from', 'of', 'by', 'for', 'through', 'via', 'with', 'and', 'than', 'on', 'into', 'said', 'like', 'including', 'as', 'the']);
// A noun of a measure right after a name (or its "'s") makes the name that measure's owner.
const OWNED = new Set(['exports', 'export', 'output', 'production', 'shipments', 'flows', 'flow', 'sales', 'revenue', 'revenues', 'imports', 'loadings', 'crude', 'oil', 'prices', 'price', 'budget', 'supply', 'supplies', 'economy', 'debt', 'reserves', 'stocks', 'inventories', 'demand', 'capacity', 'production,']);
// A verb right after a name makes it the clause's subject.
const VERBS = new Set(['said', 'says', 'produced', 'produces', 'pumped', 'pumps', 'exported', 'exports', 'shipped', 'ships', 'is', 'was', 'has', 'had', 'will', 'would', 'could', 'can', 'fell', 'rose', 'dropped', 'climbed', 'cut', 'earned', 'lost', 'reached', 'expects', 'plans', 'agreed', 'settled', 'traded', 'carried', 'carries', 'pumping', 'producing', 'exporting', 'restored', 'resumed', 'halted', 'shut', 'output']);

function wordBefore(text: string, pos: number): string {
  let i = pos - 1;
  while (i >= 0 && text.charCodeAt(i) === 32) i--;
  const end = i + 1;
  while (i >= 0 && end - i <= 12 && /[A-Za-z]/.test(text[i] as string)) i--;
  return text.slice(i + 1, end).toLowerCase();
}

function wordAfter(text: string, pos: number): { possessive: boolean; word: string } {
  let i = pos;
  const c = text.charCodeAt(i);
  const possessive = c === 39 || c === 0x2019;
  if (possessive) i += text[i + 1] === 's' ? 2 : 1;
  while (text.charCodeAt(i) === 32) i++;
  const from = i;
  while (i < text.length && i - from < 14 && /[A-Za-z]/.test(text[i] as string)) i++;
  return { possessive, word: text.slice(from, i).toLowerCase() };
}

/** Words (runs of letters or digits) in text[from, to), or 99 past the window. */
function wordsBetween(text: string, from: number, to: number): number {
  if (to - from > WINDOW) return 99;
  let n = 0;
  let inWord = false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i) | 32;
    const w = (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
    if (w && !inWord) n++;
    inWord = w;
  }
  return n;
}

interface Story {
  /** The things the opening sentences name: what the story is about. */
  lede: ReadonlySet<string>;
  /** The first thing it names. */
  first: string | null;
}

const storyMemo = perArticle<number, Story>();

function storyOf(ctx: ExtractContext): Story {
  return storyMemo(ctx, 0, readStory);
}

function readStory(ctx: ExtractContext): Story {
  const lede = new Set<string>();
  let first: string | null = null;
  for (let s = 0; s < Math.min(LEDE_SENTENCES, ctx.sentences.length); s++) {
    for (const m of ctx.mentions(s)) {
      if (!m.entity || m.entity.local) continue;
      first ??= m.entity.id;
      lede.add(m.entity.id);
    }
  }
  return { lede, first };
}

const gate = (o: SubjectOption): string => (o.pass === 'previous-figure' ? 'before' : o.pass);

function referenceKind(o: SubjectOption): string {
  if (o.pass === 'previous-figure') return 'previous';
  const m = o.resolved.mention;
  if (m.entity) return m.entity.local ? 'unlisted' : 'named';
  if (m.refers === 'generic') return m.end - m.start === 2 ? 'pronoun' : 'generic';
  if (m.refers === 'group') return 'group';
  return m.refers === HOLDER ? 'holder' : 'typed';
}

// Feature names built once and looked up, not concatenated per candidate: describing every
// candidate of every figure doubled the refiner's time when each name was a new string.
const names = new Map<string, Map<string, string>>();
function named(prefix: string, value: string | number): string {
  let inner = names.get(prefix);
  if (!inner) names.set(prefix, (inner = new Map()));
  const key = String(value);
  let name = inner.get(key);
  if (name === undefined) inner.set(key, (name = `${prefix}:${key}`));
  return name;
}

/** What the words at a name say, the same for every figure that weighs it: kept on the mention. */
function hintsOf(ctx: ExtractContext, m: Mention, index: number, sentence: number): readonly string[] {
  if (m.hints) return m.hints;
  const text = ctx.text;
  const list: string[] = [];
  const s = ctx.sentences[sentence];
  if (s && m.start - s.start <= LEAD) list.push('lead');
  if (index === 0) list.push('first-named');
  if (inSubordinate(ctx, sentence, m)) list.push('subordinate');
  const before = wordBefore(text, m.start);
  if (BEFORE.has(before)) list.push(named('after', before));
  const after = wordAfter(text, m.end);
  if (after.possessive) list.push('possessive');
  if (OWNED.has(after.word)) list.push('owns-measure');
  else if (VERBS.has(after.word)) list.push('verb-next');
  m.hints = list;
  return list;
}

export function subjectFeatures(ctx: ExtractContext, f: Candidate, options: readonly SubjectOption[], hand: number | null, last: Candidate | null): string[][] {
  const ug = unitGroup(unitFor(ctx, f));
  const text = ctx.text;
  let top = 0;
  let nearest = -1;
  const seen = new Map<string, number>();
  options.forEach((o, i) => {
    top = Math.max(top, o.terms.priority);
    if (o.terms.back === 0 && o.pass !== 'previous-figure' && (nearest < 0 || o.terms.chars < (options[nearest] as SubjectOption).terms.chars)) nearest = i;
    seen.set(o.resolved.entity.id, (seen.get(o.resolved.entity.id) ?? 0) + 1);
  });
  const story = storyOf(ctx);
  // The pass the hand rules read: the first that has any candidate.
  const open = hand === null ? null : gate(options[hand] as SubjectOption);
  const fit = named('fit', ug);
  const figure = named('figure', f.kind);
  return options.map((o, i) => {
    const t = o.terms;
    const e = o.resolved.entity;
    const m: Mention = o.resolved.mention;
    const inSentence = o.pass !== 'before' && o.pass !== 'previous-figure';
    const side = inSentence ? (t.right ? 'R' : 'L') : 'B';
    const fitKind = named(fit, e.kind);
    const list = [
      'opt',
      named('pass', o.pass),
      named('ref', referenceKind(o)),
      named('via', o.resolved.via),
      fitKind,
      named(fitKind, side),
      named('prio', Math.min(t.priority, 8)),
      t.priority === top ? 'prio-top' : named('prio-below', Math.min(top - t.priority, 4)),
      named('side', side),
      named(figure, side),
    ];
    if (t.sidelined) list.push('sidelined');
    if (t.crossed) list.push('crossed');
    if (t.blocked) list.push('blocked');
    if (t.of) list.push('of');
    if (t.modifier) list.push('modifier');
    if (t.reference) list.push('reference');
    if (t.aside) list.push('aside');
    if (t.relative) list.push('relative');
    if (t.owner) list.push('owner');
    if (inSentence) {
      const words = t.right ? wordsBetween(text, f.end, m.start) : wordsBetween(text, m.end, f.start);
      list.push(named(named('words', side), wordBucket(words)));
      if (i === nearest) list.push('nearest');
    } else list.push(named('back', Math.min(t.back, 3)));
    if (o.pass !== 'previous-figure') for (const h of hintsOf(ctx, m, o.index, f.sentence - t.back)) list.push(h);
    if (e.local) list.push('local');
    if (e.id.startsWith('unnamed-')) list.push('unnamed');
    if (last?.subject && last.subject.id === e.id) list.push('last-subject');
    if ((seen.get(e.id) ?? 0) > 1) list.push('repeated');
    if (story.lede.has(e.id)) list.push('in-lede', named('in-lede', e.kind));
    if (story.first === e.id) list.push('story-first');
    if (gate(o) === open) list.push('open-pass');
    if (i === hand) list.push('hand');
    return list;
  });
}
