// Where the words of a sentence stand, found once per article: the measure model reads four
// windows of words around every figure, and figures of one sentence share most of them, so a
// regex pass and a lower-cased string per word per window cost more than the model itself. Words
// are kept as positions; readers look them up in place (base/word-table.ts), making no strings.
//
// A word is what /[A-Za-z][A-Za-z'’-]*/ matches: a run of letters, apostrophes and hyphens,
// from its first letter. spanOf() gives exactly the words that regex finds in the slice
// text[from, to), a word cut by either end included as the slice has it.
import type { ExtractContext } from './context';
import { perSentence } from './memo';

export interface SentenceWords {
  starts: number[];
  ends: number[];
}

/** The words of a stretch of text: words lo … hi - 1 of `index`, the first and last cut to the stretch. */
export interface WordSpan {
  index: SentenceWords;
  /** The sentence whose index it is, or -1 for a stretch outside the sentences (its own index). */
  sentence: number;
  lo: number;
  hi: number;
  /** Where the first word starts and the last ends inside the stretch. */
  firstStart: number;
  lastEnd: number;
}

const isLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isWordChar = (c: number): boolean => isLetter(c) || c === 39 || c === 45 || c === 0x2019;

function scan(text: string, from: number, to: number): SentenceWords {
  const starts: number[] = [];
  const ends: number[] = [];
  let i = from;
  while (i < to) {
    if (!isLetter(text.charCodeAt(i))) {
      i++;
      continue;
    }
    starts.push(i);
    while (i < to && isWordChar(text.charCodeAt(i))) i++;
    ends.push(i);
  }
  return { starts, ends };
}

const bySentence = perSentence<SentenceWords>();
const scanSentence = (ctx: ExtractContext, i: number): SentenceWords => {
  const s = ctx.sentences[i] as { start: number; end: number };
  return scan(ctx.text, s.start, s.end);
};

/** The words the word regex finds in text[from, to). */
export function spanOf(ctx: ExtractContext, from: number, to: number): WordSpan {
  const i = ctx.sentenceAt(from);
  const s = ctx.sentences[i];
  // Outside one sentence (the gaps between them, before the first): the slice's own words.
  if (!s || from < s.start || to > s.end || from > to) {
    const index = scan(ctx.text, from, Math.max(from, to));
    return { index, sentence: -1, lo: 0, hi: index.starts.length, firstStart: index.starts[0] ?? from, lastEnd: index.ends[index.ends.length - 1] ?? from };
  }
  const index = sentenceWords(ctx, i);
  const { starts, ends } = index;
  // First word ending after `from`, and the first starting at or after `to`.
  let lo = 0;
  let hi = ends.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((ends[mid] as number) <= from) lo = mid + 1;
    else hi = mid;
  }
  hi = lo;
  while (hi < starts.length && (starts[hi] as number) < to) hi++;
  if (lo === hi) return { index, sentence: i, lo, hi, firstStart: from, lastEnd: from };
  // A word running into the stretch from the left is cut there, from its first letter on (a piece
  // of a word holds at most one word: after its first letter every character continues it). A
  // piece with no letter is no word.
  let firstStart = Math.max(starts[lo] as number, from);
  const firstEnd = Math.min(ends[lo] as number, to);
  while (firstStart < firstEnd && !isLetter(ctx.text.charCodeAt(firstStart))) firstStart++;
  if (firstStart === firstEnd) {
    lo++;
    firstStart = lo < hi ? (starts[lo] as number) : from;
  }
  const lastEnd = Math.min(ends[hi - 1] as number, to);
  return { index, sentence: i, lo, hi, firstStart, lastEnd };
}

/** The words of sentence `i` (ctx.sentences[i]). */
export const sentenceWords = (ctx: ExtractContext, i: number): SentenceWords => bySentence(ctx, i, scanSentence);

/** Where word k (lo ≤ k < hi) of a span starts and ends. */
export const wordStart = (span: WordSpan, k: number): number => (k === span.lo ? span.firstStart : (span.index.starts[k] as number));
export const wordEnd = (span: WordSpan, k: number): number => (k === span.hi - 1 ? span.lastEnd : (span.index.ends[k] as number));

/** Lower-cased words of text[from, to), as the word regex finds them in that slice. */
export function wordsIn(ctx: ExtractContext, from: number, to: number): string[] {
  const span = spanOf(ctx, from, to);
  const out: string[] = [];
  for (let k = span.lo; k < span.hi; k++) out.push(ctx.text.slice(wordStart(span, k), wordEnd(span, k)).toLowerCase());
  return out;
}
