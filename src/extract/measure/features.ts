// A figure described for the measure model by named features: the cue-word families near it
// (by side and distance), in its clause and in its sentence, the word right after it ("of
// exports"), its unit, kind and period basis, and the kind of thing its subject is. Every look is
// a window of bounded width around the figure, so a run-on sentence costs no more per figure.
import type { Candidate } from '../base/candidate';
import type { ExtractContext } from '../base/context';
import { leftFrom, rightTo, sentenceFrom, sentenceTo } from '../base/clauses';
import { wordsIn } from '../base/sentence-words';
import { familyOfLowerPair, LEXICON, type Family } from './lexicon';

const CLAUSE_LEFT = 100;
const CLAUSE_RIGHT = 80;
const SENTENCE_SIDE = 160;

// Function words right before or after a figure that say how it attaches ("capacity of N",
// "at $60", "N of exports", "N through the pipeline").
const LINK_WORDS = new Set(['of', 'at', 'to', 'by', 'from', 'for', 'in', 'than', 'with', 'and', 'through', 'via', 'per', 'a', 'was', 'were', 'is', 'are']);

/** The family of each (lower-case) word in text order, a particle verb ("brought in") counting as one. */
function families(lower: readonly string[]): (Family | undefined)[] {
  return lower.map((w, i) => familyOfLowerPair(w, lower[i + 1]) ?? LEXICON.get(w));
}

// Distance buckets near, middle, far: n, m, f in the features' names.
const bucket = (distance: number): number => (distance < 2 ? 0 : distance < 6 ? 1 : 2);

// The names of a family's features, built once: the model looks every feature up by name, and a
// name made once keeps its hash, where one concatenated per figure is built and hashed anew.
interface SideNames {
  /** By distance bucket. */
  at: readonly [string, string, string];
  nearest: string;
}
interface FamilyNames {
  L: SideNames;
  R: SideNames;
  S: string;
  of: string;
}
const sideNames = (side: string, f: Family): SideNames => ({ at: [`${side}n:${f}`, `${side}m:${f}`, `${side}f:${f}`], nearest: `${side}1:${f}` });
const NAMES = new Map<Family, FamilyNames>();
for (const f of new Set(LEXICON.values())) NAMES.set(f, { L: sideNames('L', f), R: sideNames('R', f), S: `S:${f}`, of: `of:${f}` });
const namesOf = (f: Family): FamilyNames => NAMES.get(f) as FamilyNames;

function magnitude(c: Candidate): string | null {
  if (c.unit === 'bbl') return c.value >= 1e9 ? 'bbl:bn' : c.value >= 1e7 ? 'bbl:10m' : 'bbl:small';
  if (c.unit === 'USD' || c.unit === 'IQD') return c.value >= 1e9 ? `${c.unit}:bn` : `${c.unit}:small`;
  return null;
}

export function measureFeatures(ctx: ExtractContext, c: Candidate): string[] {
  const out = new Set<string>(['bias', `unit:${c.unit}`, `kind:${c.kind}`, `uk:${c.unit}:${c.kind}`, `per:${c.per ?? 'none'}`]);
  const subject = c.subject;
  out.add(`subj:${subject?.kind ?? 'none'}`);
  if (subject?.kind === 'indicator') out.add(`ind:${subject.id}`);
  // Lost volume is a fall; a rise in a flow is never a loss.
  if (c.kind === 'change') out.add(c.value < 0 ? 'sign:down' : 'sign:up');
  const mag = magnitude(c);
  if (mag) out.add(`mag:${mag}`);

  // Words come lower-cased from the sentence's word index (base/sentence-words.ts).
  const leftWords = wordsIn(ctx, leftFrom(ctx, c.start, CLAUSE_LEFT), c.start);
  const right = wordsIn(ctx, c.end, rightTo(ctx, c.end, CLAUSE_RIGHT));
  const last = leftWords[leftWords.length - 1];
  const next = right[0];
  if (last && LINK_WORDS.has(last)) out.add(`prev:${last}`);
  if (next && LINK_WORDS.has(next)) out.add(`next:${next}`);

  addSide(out, 'L', families(leftWords).reverse());
  addSide(out, 'R', families(right));

  // "N of exports", "N in revenue": the first family word within three words after the link.
  if (next === 'of' || next === 'in') {
    const fam = right.slice(1, 4).map((w) => LEXICON.get(w)).find((f): f is Family => f !== undefined);
    if (fam) out.add(namesOf(fam).of);
  }

  for (const f of families(wordsIn(ctx, sentenceFrom(ctx, c.start, SENTENCE_SIDE), c.start))) if (f) out.add(namesOf(f).S);
  for (const f of families(wordsIn(ctx, c.end, sentenceTo(ctx, c.end, SENTENCE_SIDE)))) if (f) out.add(namesOf(f).S);
  return [...out];
}

// Families on one side of the figure within its clause, with a distance bucket, and the nearest
// one on its own (`L1:export`): the word closest to a figure usually names what it counts.
function addSide(out: Set<string>, side: 'L' | 'R', list: (Family | undefined)[]): void {
  let nearest = true;
  list.forEach((f, i) => {
    if (!f) return;
    const names = namesOf(f)[side];
    out.add(names.at[bucket(i)] as string);
    if (nearest) out.add(names.nearest);
    nearest = false;
  });
}
