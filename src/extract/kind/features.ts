// A level-or-target candidate described for the kind model by named features: the hand cue the
// target rule found (its family, or none), the cue-word families of the figure's clause on each
// side (near, anywhere in the clause, the nearest one), the same families in the rest of its
// sentence, a past form right before it, negation, the word right before and after it, its unit.
// Every look is a bounded window over the sentence's word index (base/sentence-words.ts), with
// each word's family looked up once per sentence: no new scan of the text per figure.
import type { Candidate } from '../base/candidate';
import type { ExtractContext } from '../base/context';
import { leftFrom, rightTo, sentenceFrom, sentenceTo } from '../base/clauses';
import { FeatureList, FeatureTable, type Feature } from '../base/feature-list';
import { perSentence } from '../base/memo';
import { sentenceWords, spanOf, type WordSpan } from '../base/sentence-words';
import { WordTable } from '../base/word-table';
import { isEdWord, KIND_FAMILIES, kindFamilyAt, type KindFamily } from './lexicon';

const CLAUSE_LEFT = 100;
const CLAUSE_RIGHT = 60;
const SENTENCE_LEFT = 200;
const SENTENCE_RIGHT = 120;
// Words counted as "near" the figure on each side.
const NEAR_LEFT = 3;
const NEAR_RIGHT = 2;
// Words searched for the figure's own verb.
const VERB_LEFT = 6;

// Every feature of the kind model's vocabulary, made once by name (base/feature-list.ts).
const FEATURES = new FeatureTable();
const feature = (name: string): Feature => FEATURES.get(name);

interface Names {
  L: Feature;
  Ln: Feature;
  L1: Feature;
  R: Feature;
  Rn: Feature;
  R1: Feature;
  SL: Feature;
  SR: Feature;
  /** In the sentence before a clause that goes on with it (openerOf). */
  G: Feature;
}
// Built once: a name concatenated per figure would be a new string to hash for every lookup.
const NAMES = new Map<KindFamily, Names>(
  KIND_FAMILIES.map((f) => [
    f,
    { L: feature(`L:${f}`), Ln: feature(`Ln:${f}`), L1: feature(`L1:${f}`), R: feature(`R:${f}`), Rn: feature(`Rn:${f}`), R1: feature(`R1:${f}`), SL: feature(`SL:${f}`), SR: feature(`SR:${f}`), G: feature(`G:${f}`) },
  ]),
);
const names = (f: KindFamily): Names => NAMES.get(f) as Names;
const OF_NAMES = new Map<string, Feature>([...KIND_FAMILIES, 'none'].map((f) => [f, feature(`of:${f}`)]));
const BIAS = feature('bias');
const RATE = feature('rate');
const REL_PERFECT = feature('rel-perfect');
const LN_ED = feature('Ln:ed');
const PERFECT = feature('perfect');
const PREV_UP_TO = feature('prev:up-to');
const AFTER_TARGET = feature('after:target');
const AFTER_OTHER = feature('after:other');
const OPEN_OR = feature('open:or');
const OPEN_ING = feature('open:ing');

// Function words right before or after a figure that say how it attaches: "raise it to N",
// "capped at N", "averaged N", "N of capacity", "N a barrel".
const LINKS = new WordTable<[Feature, Feature]>();
for (const w of ['of', 'at', 'to', 'by', 'from', 'for', 'in', 'than', 'with', 'and', 'about', 'around', 'some', 'nearly', 'over', 'least', 'up', 'a', 'per', 'was', 'were', 'is', 'are', 'be', 'been', 'the', 'its']) {
  LINKS.set(w, [feature(`prev:${w}`), feature(`next:${w}`)]);
}
const PREV_OF = LINKS.get('of', 0, 2)?.[0];
const PREV_TO = LINKS.get('to', 0, 2)?.[0];

// Verbs of doing whose -ed form tells what happened ("handed over", "averaged", "raised"); the
// -ed forms of cue families ("expected", "planned", "obligated") are cues, not tense.
const ACTION = new Set<KindFamily>(['observe', 'handover', 'raise', 'move', 'restore']);

// Each word's family and whether it is a past form of doing, once per sentence.
interface SentenceFamilies {
  fam: (KindFamily | undefined)[];
  ed: boolean[];
}
const familiesMemo = perSentence<SentenceFamilies>();
function sentenceFamilies(ctx: ExtractContext, sentence: number): SentenceFamilies {
  const { starts, ends } = sentenceWords(ctx, sentence);
  const n = starts.length;
  const fam = new Array<KindFamily | undefined>(n);
  const ed = new Array<boolean>(n);
  for (let k = 0; k < n; k++) {
    fam[k] = kindFamilyAt(ctx.text, starts[k] as number, ends[k] as number);
    ed[k] = (fam[k] === undefined || ACTION.has(fam[k] as KindFamily)) && isEdWord(ctx.text, starts[k] as number, ends[k] as number);
  }
  // Read with the word after: a grade "offered at" a price is quoted, not offered to anyone; a price
  // "set at" a level is decided ("set to" and "set for" stay ahead).
  for (let k = 0; k + 1 < n; k++) {
    const f = fam[k];
    if (f !== 'offer' && f !== 'future') continue;
    const nf = starts[k + 1] as number;
    const nt = ends[k + 1] as number;
    if (f === 'offer' && isWord(ctx.text, nf, nt, 'at')) fam[k] = 'observe';
    else if (f === 'future' && isWord(ctx.text, starts[k] as number, ends[k] as number, 'set') && !isWord(ctx.text, nf, nt, 'to') && !isWord(ctx.text, nf, nt, 'for')) fam[k] = undefined;
  }
  return { fam, ed };
}

/** Family of word k of a span: the sentence's table where the word is whole, else looked up. */
function famOf(ctx: ExtractContext, span: WordSpan, table: SentenceFamilies | null, k: number): KindFamily | undefined {
  const from = k === span.lo ? span.firstStart : (span.index.starts[k] as number);
  const to = k === span.hi - 1 ? span.lastEnd : (span.index.ends[k] as number);
  if (table && from === span.index.starts[k] && to === span.index.ends[k]) return table.fam[k];
  return kindFamilyAt(ctx.text, from, to);
}

const isWord = (text: string, from: number, to: number, word: string): boolean => to - from === word.length && text.slice(from, to).toLowerCase() === word;

/** The first word after the last "that/which has|have|had" of the left clause, or the clause's first word. */
function relativePerfectEnd(ctx: ExtractContext, left: WordSpan, table: SentenceFamilies | null): number {
  const text = ctx.text;
  for (let k = left.hi - 1; k > left.lo; k--) {
    const aux = famOf(ctx, left, table, k);
    if (aux !== 'be-now' && aux !== 'be-past') continue;
    const w = left.index;
    const a = w.starts[k - 1] as number;
    const b = w.ends[k - 1] as number;
    if ((isWord(text, a, b, 'that') || isWord(text, a, b, 'which')) && /^ha[sdv]/i.test(text.slice(w.starts[k] as number, (w.starts[k] as number) + 3))) return k + 1;
  }
  return left.lo;
}

/** 'open:ing' or 'open:or' when the clause's first word makes it go on with the clause before, else null. */
function openerOf(text: string, left: WordSpan): Feature | null {
  const from = left.firstStart;
  const to = left.lo === left.hi - 1 ? left.lastEnd : (left.index.ends[left.lo] as number);
  if (isWord(text, from, to, 'or')) return OPEN_OR;
  if (to - from <= 4 || !text.endsWith('ing', to) || text.charCodeAt(from) < 97) return null;
  // "…, adding that exports averaged N" reports: the clause after "that" has a verb of its own.
  const k = left.lo + 1;
  return k < left.hi && isWord(text, left.index.starts[k] as number, k === left.hi - 1 ? left.lastEnd : (left.index.ends[k] as number), 'that') ? null : OPEN_ING;
}

/**
 * The features of a candidate; `hand` names the family of the hand cue (refiners/targets.ts), or
 * 'none'; `before` is the sentence's figure before it, if any, with the kind decided for it: a
 * figure right after a target ("…, including N", "- N from its own fields and M from Kirkuk") is
 * often a part of it.
 */
export function kindFeatures(ctx: ExtractContext, c: Candidate, hand: string, before?: Candidate): string[] {
  return kindFeatureList(ctx, c, hand, before).names();
}

// One list for every candidate: filled, scored and left (see base/feature-list.ts).
const LIST = new FeatureList();

// Features named after a value the candidate brings (its unit, the hand family), made once per
// value: concatenating the name for every candidate would make a new string to hash each time.
const UNIT_FEATURES = new Map<unknown, Feature>();
const HAND_FEATURES = new Map<string, { hand: Feature; negated: Feature }>();
const unitFeature = (unit: unknown): Feature => {
  let f = UNIT_FEATURES.get(unit);
  if (!f) UNIT_FEATURES.set(unit, (f = feature(`unit:${unit}`)));
  return f;
};
const handFeatures = (hand: string): { hand: Feature; negated: Feature } => {
  let f = HAND_FEATURES.get(hand);
  if (!f) HAND_FEATURES.set(hand, (f = { hand: feature(`hand:${hand}`), negated: feature(`neg+hand:${hand}`) }));
  return f;
};

/** kindFeatures() as a list reused by the next call: score it before then. */
export function kindFeatureList(ctx: ExtractContext, c: Candidate, hand: string, before?: Candidate): FeatureList {
  const previous = before && before.sentence === c.sentence && c.start - before.end < 120 ? (before.kind === 'target' ? AFTER_TARGET : AFTER_OTHER) : null;
  const handNames = handFeatures(hand);
  const out = LIST.clear();
  out.add(BIAS);
  out.add(unitFeature(c.unit));
  out.add(handNames.hand);
  if (c.kind === 'change') out.add(RATE);
  const text = ctx.text;
  const clauseFrom = leftFrom(ctx, c.start, CLAUSE_LEFT);
  const clauseTo = rightTo(ctx, c.end, CLAUSE_RIGHT);
  const left = spanOf(ctx, clauseFrom, c.start);
  const right = spanOf(ctx, c.end, clauseTo);
  const table = left.sentence >= 0 ? familiesMemo(ctx, left.sentence, sentenceFamilies) : null;
  const rtable = right.sentence >= 0 ? familiesMemo(ctx, right.sentence, sentenceFamilies) : null;

  let negated = false;
  let pastSeen = false;
  let nearest: KindFamily | undefined;
  // "could end a strike which has cost the company N": a relative clause in the perfect states
  // what has happened; the words before it speak for the main clause, not for the figure (the
  // hand cues cut there too, refiners/targets.ts).
  const from = relativePerfectEnd(ctx, left, table);
  if (from > left.lo) out.add(REL_PERFECT);
  for (let k = left.hi - 1, d = 0; k >= from; k--, d++) {
    const f = famOf(ctx, left, table, k);
    if (f) {
      const n = names(f);
      out.add(n.L);
      if (d < NEAR_LEFT) out.add(n.Ln);
      if (!nearest) out.add(n.L1);
      nearest ??= f;
      if (f === 'negate') negated = true;
    }
    // The nearest past form of doing within a few words is the figure's verb ("has raised oil
    // production to more than N").
    if (!pastSeen && d <= VERB_LEFT && table?.ed[k]) {
      pastSeen = true;
      out.add(LN_ED);
      // "has raised output to N", "had handed over N": the perfect of a verb of doing happened.
      const aux = k > left.lo ? famOf(ctx, left, table, k - 1) : undefined;
      if (aux === 'be-now' || aux === 'be-past') out.add(PERFECT);
    }
  }
  if (negated) out.add(handNames.negated);
  let rnearest = false;
  for (let k = right.lo, d = 0; k < right.hi; k++, d++) {
    const f = famOf(ctx, right, rtable, k);
    if (!f) continue;
    const n = names(f);
    out.add(n.R);
    if (d < NEAR_RIGHT) out.add(n.Rn);
    if (!rnearest) out.add(n.R1);
    rnearest = true;
  }
  if (left.hi > left.lo) {
    const k = left.hi - 1;
    const link = LINKS.get(text, k === left.lo ? left.firstStart : (left.index.starts[k] as number), left.index.ends[k] as number);
    // "of" says little on its own ("a quota of N", "reserves of N"): it is read with the family
    // of the word before it.
    if (link && link[0] === PREV_OF) out.add(OF_NAMES.get((k > left.lo ? famOf(ctx, left, table, k - 1) : undefined) ?? 'none') as Feature);
    else if (link) out.add(link[0]);
    // "handles up to N", "as much as N": a most, not a reading.
    if (link && link[0] === PREV_TO && k > left.lo && isWord(text, left.index.starts[k - 1] as number, left.index.ends[k - 1] as number, 'up')) out.add(PREV_UP_TO);
  }
  if (right.hi > right.lo) {
    const k = right.lo;
    const link = LINKS.get(text, right.firstStart, k === right.hi - 1 ? right.lastEnd : (right.index.ends[k] as number));
    if (link) out.add(link[1]);
  }
  // A clause that opens on a participle ("…, lowering its output to N") or on "or" ("N tonnes,
  // or roughly M bpd") goes on with the clause before: its cue words count as the figure's own.
  const opener = left.hi > left.lo ? openerOf(text, left) : null;
  if (opener) out.add(opener);
  // The rest of the sentence, outside the figure's clause.
  const sl = spanOf(ctx, sentenceFrom(ctx, c.start, SENTENCE_LEFT), clauseFrom);
  for (let k = sl.lo; k < sl.hi; k++) {
    const f = famOf(ctx, sl, sl.sentence >= 0 ? familiesMemo(ctx, sl.sentence, sentenceFamilies) : null, k);
    if (!f) continue;
    out.add(names(f).SL);
    if (opener) out.add(names(f).G);
  }
  if (previous) out.add(previous);
  const sr = spanOf(ctx, clauseTo, sentenceTo(ctx, c.end, SENTENCE_RIGHT));
  for (let k = sr.lo; k < sr.hi; k++) {
    const f = famOf(ctx, sr, sr.sentence >= 0 ? familiesMemo(ctx, sr.sentence, sentenceFamilies) : null, k);
    if (f) out.add(names(f).SR);
  }
  return out;
}
