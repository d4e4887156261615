// A figure described for the measure model by named features: the cue-word families near it
// (by side and distance), in its clause and in its sentence, the word right after it ("of
// exports"), its unit, kind and period basis, and the kind of thing its subject is. Every look is
// a window of bounded width around the figure, so a run-on sentence costs no more per figure.
import type { Candidate } from '../base/candidate';
import type { ExtractContext } from '../base/context';
import { leftOf, rightOf, sentenceLeft, sentenceRight } from '../base/clauses';
import { familyOf, familyOfLowerPair, LEXICON, type Family } from './lexicon';

const CLAUSE_LEFT = 100;
const CLAUSE_RIGHT = 80;
const SENTENCE_SIDE = 160;

const WORD = /[A-Za-z][A-Za-z'’-]*/g;

// Function words right before or after a figure that say how it attaches ("capacity of N",
// "at $60", "N of exports", "N through the pipeline").
const LINK_WORDS = new Set(['of', 'at', 'to', 'by', 'from', 'for', 'in', 'than', 'with', 'and', 'through', 'via', 'per', 'a', 'was', 'were', 'is', 'are']);

const words = (s: string): string[] => s.match(WORD) ?? [];

/** The family of each word in text order, a particle verb ("brought in") counting as one. */
function families(list: readonly string[]): (Family | undefined)[] {
  // Each word lowered once, not once as a word and again as the next word of a pair.
  const lower = list.map((w) => w.toLowerCase());
  return lower.map((w, i) => familyOfLowerPair(w, lower[i + 1]) ?? LEXICON.get(w));
}

const bucket = (distance: number): string => (distance < 2 ? 'n' : distance < 6 ? 'm' : 'f');

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

  const leftWords = words(leftOf(ctx, c.start, CLAUSE_LEFT));
  const right = words(rightOf(ctx, c.end, CLAUSE_RIGHT));
  const last = leftWords[leftWords.length - 1]?.toLowerCase();
  const next = right[0]?.toLowerCase();
  if (last && LINK_WORDS.has(last)) out.add(`prev:${last}`);
  if (next && LINK_WORDS.has(next)) out.add(`next:${next}`);

  addSide(out, 'L', families(leftWords).reverse());
  addSide(out, 'R', families(right));

  // "N of exports", "N in revenue": the first family word within three words after the link.
  if (next === 'of' || next === 'in') {
    const fam = right.slice(1, 4).map(familyOf).find((f): f is Family => f !== undefined);
    if (fam) out.add(`of:${fam}`);
  }

  for (const f of families(words(sentenceLeft(ctx, c.start, SENTENCE_SIDE)))) if (f) out.add(`S:${f}`);
  for (const f of families(words(sentenceRight(ctx, c.end, SENTENCE_SIDE)))) if (f) out.add(`S:${f}`);
  return [...out];
}

// Families on one side of the figure within its clause, with a distance bucket, and the nearest
// one on its own (`L1:export`): the word closest to a figure usually names what it counts.
function addSide(out: Set<string>, side: string, list: (Family | undefined)[]): void {
  let nearest = true;
  list.forEach((f, i) => {
    if (!f) return;
    out.add(`${side}${bucket(i)}:${f}`);
    if (nearest) out.add(`${side}1:${f}`);
    nearest = false;
  });
}
