// A figure described for the measure model by named features: the cue-word families near it
// (by side and distance), in its clause and in its sentence, the word right after it ("of
// exports"), its unit, kind and period basis, and the kind of thing its subject is. Every look is
// a window of bounded width around the figure, so a run-on sentence costs no more per figure.
import type { Candidate } from '../base/candidate';
import type { ExtractContext } from '../base/context';
import { leftFrom, rightTo, sentenceFrom, sentenceTo } from '../base/clauses';
import { FeatureList, FeatureTable, type Feature } from '../base/feature-list';
import { perSentence } from '../base/memo';
import { sentenceWords, spanOf, wordEnd, wordStart, type WordSpan } from '../base/sentence-words';
import { WordTable } from '../base/word-table';
import { familyAt, LEXICON, particleFamilyAt, type Family } from './lexicon';
import { ENTITY_KINDS } from '../subjects/gazetteer';
import { FIGURE_KINDS, PERS, UNITS } from '../types';

const CLAUSE_LEFT = 100;
const CLAUSE_RIGHT = 80;
const SENTENCE_SIDE = 160;

// Every feature of the measure model's vocabulary, made once by name.
const FEATURES = new FeatureTable();
const feature = (name: string): Feature => FEATURES.get(name);

// Function words right before or after a figure that say how it attaches ("capacity of N",
// "at $60", "N of exports", "N through the pipeline"), with their features' names.
interface LinkWord {
  word: string;
  prev: Feature;
  next: Feature;
}
const LINK_WORDS = new WordTable<LinkWord>();
for (const w of ['of', 'at', 'to', 'by', 'from', 'for', 'in', 'than', 'with', 'and', 'through', 'via', 'per', 'a', 'was', 'were', 'is', 'are']) {
  LINK_WORDS.set(w, { word: w, prev: feature(`prev:${w}`), next: feature(`next:${w}`) });
}

interface WordFamilies {
  /** Each word's family on its own (as a span's last word). */
  alone: (Family | undefined)[];
  /** Each word's family as read before the sentence's next word (a particle verb is one cue). */
  withNext: (Family | undefined)[];
}

// Each word of a sentence is looked up once, not once for each of the dozen windows of the
// sentence's figures it falls in.
const familiesMemo = perSentence<WordFamilies>();

function sentenceFamilies(ctx: ExtractContext, sentence: number): WordFamilies {
  const { starts, ends } = sentenceWords(ctx, sentence);
  const text = ctx.text;
  const n = starts.length;
  // One loop over the words, each array sized once and filled in order (no holes).
  const alone = new Array<Family | undefined>(n);
  const withNext = new Array<Family | undefined>(n);
  for (let k = 0; k < n; k++) {
    const from = starts[k] as number;
    const to = ends[k] as number;
    const own = familyAt(text, from, to);
    alone[k] = own;
    withNext[k] = (k + 1 < n ? particleFamilyAt(text, from, to, starts[k + 1] as number, ends[k + 1] as number) : undefined) ?? own;
  }
  return { alone, withNext };
}

/**
 * The family of each word of a span in text order, a particle verb ("brought in") counting as one
 * with the word after it; the span's last word pairs with nothing.
 */
function families(ctx: ExtractContext, span: WordSpan): (Family | undefined)[] {
  const { lo, hi, index } = span;
  const table = span.sentence >= 0 ? familiesMemo(ctx, span.sentence, sentenceFamilies) : null;
  // Sized once and filled in order (every slot written, so no holes): pushes that grow the
  // array showed as most of this function's time.
  const out = new Array<Family | undefined>(Math.max(0, hi - lo));
  for (let k = lo; k < hi; k++) {
    const from = wordStart(span, k);
    const to = wordEnd(span, k);
    // A word cut by the span, or one before a cut word, reads as the span has it.
    const whole = table !== null && from === index.starts[k] && to === index.ends[k] && (k + 2 < hi || wordEnd(span, hi - 1) === index.ends[hi - 1]);
    if (whole) out[k - lo] = k + 1 < hi ? table.withNext[k] : table.alone[k];
    else {
      const pair = k + 1 < hi ? particleFamilyAt(ctx.text, from, to, wordStart(span, k + 1), wordEnd(span, k + 1)) : undefined;
      out[k - lo] = pair ?? familyAt(ctx.text, from, to);
    }
  }
  return out;
}

// Distance buckets near, middle, far: n, m, f in the features' names.
const bucket = (distance: number): number => (distance < 2 ? 0 : distance < 6 ? 1 : 2);

// The family's features, made once (base/feature-list.ts): a name concatenated per figure would
// be a new string to hash, and a feature made once keeps its weights for the model.
interface SideNames {
  /** By distance bucket. */
  at: readonly [Feature, Feature, Feature];
  nearest: Feature;
}
interface FamilyNames {
  L: SideNames;
  R: SideNames;
  S: Feature;
  of: Feature;
}
const sideNames = (side: string, f: Family): SideNames => ({ at: [feature(`${side}n:${f}`), feature(`${side}m:${f}`), feature(`${side}f:${f}`)], nearest: feature(`${side}1:${f}`) });
const NAMES = new Map<Family, FamilyNames>();
for (const f of new Set(LEXICON.values())) NAMES.set(f, { L: sideNames('L', f), R: sideNames('R', f), S: feature(`S:${f}`), of: feature(`of:${f}`) });
const namesOf = (f: Family): FamilyNames => NAMES.get(f) as FamilyNames;

const MAG = { bblBn: feature('mag:bbl:bn'), bbl10m: feature('mag:bbl:10m'), bblSmall: feature('mag:bbl:small'), usdBn: feature('mag:USD:bn'), usdSmall: feature('mag:USD:small'), iqdBn: feature('mag:IQD:bn'), iqdSmall: feature('mag:IQD:small') };

function magnitude(c: Candidate): Feature | null {
  if (c.unit === 'bbl') return c.value >= 1e9 ? MAG.bblBn : c.value >= 1e7 ? MAG.bbl10m : MAG.bblSmall;
  if (c.unit === 'USD') return c.value >= 1e9 ? MAG.usdBn : MAG.usdSmall;
  if (c.unit === 'IQD') return c.value >= 1e9 ? MAG.iqdBn : MAG.iqdSmall;
  return null;
}

// The figure's own features (unit, kind, both, period basis), made once for every value they can
// take, like the families' above: a name concatenated per figure is a new string to hash. Any
// other value (a subject kind not listed here) is concatenated and looked up by name; the
// features are the same either way.
const prefixed = (prefix: string, values: readonly string[]): Map<string, Feature> => new Map(values.map((v) => [v, feature(`${prefix}${v}`)]));
const UNIT_NAMES = prefixed('unit:', UNITS);
const KIND_NAMES = prefixed('kind:', FIGURE_KINDS);
const UNIT_KIND_NAMES = new Map<string, Map<string, Feature>>(UNITS.map((u) => [u, prefixed(`uk:${u}:`, FIGURE_KINDS)]));
const PER_NAMES = prefixed('per:', [...PERS, 'none']);
const SUBJECT_NAMES = prefixed('subj:', [...ENTITY_KINDS, 'none']);

const BIAS = feature('bias');
const SIGN_DOWN = feature('sign:down');
const SIGN_UP = feature('sign:up');

/** The measure model's features of a figure, by name (the labelled sets and the fit read these). */
export function measureFeatures(ctx: ExtractContext, c: Candidate): string[] {
  return measureFeatureList(ctx, c).names();
}

// One list for every figure: filled, scored and left (see base/feature-list.ts).
const LIST = new FeatureList();

/** The measure model's features of a figure, in a list reused by the next call: score it before then. */
export function measureFeatureList(ctx: ExtractContext, c: Candidate): FeatureList {
  const unit = String(c.unit);
  const per = c.per ?? 'none';
  const out = LIST.clear();
  out.add(BIAS);
  out.add(UNIT_NAMES.get(unit) ?? feature(`unit:${unit}`));
  out.add(KIND_NAMES.get(c.kind) ?? feature(`kind:${c.kind}`));
  out.add(UNIT_KIND_NAMES.get(unit)?.get(c.kind) ?? feature(`uk:${unit}:${c.kind}`));
  out.add(PER_NAMES.get(per) ?? feature(`per:${per}`));
  const subject = c.subject;
  const subjectKind = subject?.kind ?? 'none';
  out.add(SUBJECT_NAMES.get(subjectKind) ?? feature(`subj:${subjectKind}`));
  if (subject?.kind === 'indicator') out.add(feature(`ind:${subject.id}`));
  // Lost volume is a fall; a rise in a flow is never a loss.
  if (c.kind === 'change') out.add(c.value < 0 ? SIGN_DOWN : SIGN_UP);
  const mag = magnitude(c);
  if (mag) out.add(mag);

  // The words around the figure, as positions in the sentence's word index (base/sentence-words.ts).
  const text = ctx.text;
  const left = spanOf(ctx, leftFrom(ctx, c.start, CLAUSE_LEFT), c.start);
  const right = spanOf(ctx, c.end, rightTo(ctx, c.end, CLAUSE_RIGHT));
  const last = left.hi > left.lo ? LINK_WORDS.get(text, wordStart(left, left.hi - 1), wordEnd(left, left.hi - 1)) : undefined;
  const next = right.hi > right.lo ? LINK_WORDS.get(text, wordStart(right, right.lo), wordEnd(right, right.lo)) : undefined;
  if (last) out.add(last.prev);
  if (next) out.add(next.next);

  addSide(out, 'L', families(ctx, left).reverse());
  addSide(out, 'R', families(ctx, right));

  // "N of exports", "N in revenue": the first family word within three words after the link.
  if (next?.word === 'of' || next?.word === 'in') {
    for (let k = right.lo + 1; k < Math.min(right.hi, right.lo + 4); k++) {
      const fam = familyAt(text, wordStart(right, k), wordEnd(right, k));
      if (fam) {
        out.add(namesOf(fam).of);
        break;
      }
    }
  }

  for (const f of families(ctx, spanOf(ctx, sentenceFrom(ctx, c.start, SENTENCE_SIDE), c.start))) if (f) out.add(namesOf(f).S);
  for (const f of families(ctx, spanOf(ctx, c.end, sentenceTo(ctx, c.end, SENTENCE_SIDE)))) if (f) out.add(namesOf(f).S);
  return out;
}

// Families on one side of the figure within its clause, with a distance bucket, and the nearest
// one on its own (`L1:export`): the word closest to a figure usually names what it counts.
function addSide(out: FeatureList, side: 'L' | 'R', list: (Family | undefined)[]): void {
  let nearest = true;
  for (let i = 0; i < list.length; i++) {
    const f = list[i];
    if (!f) continue;
    const names = namesOf(f)[side];
    out.add(names.at[bucket(i)] as Feature);
    if (nearest) out.add(names.nearest);
    nearest = false;
  }
}
