// The words of a sentence, found and lower-cased once per article: the measure model reads four
// windows of words around every figure, and figures of one sentence share most of them, so a
// regex pass and a toLowerCase per word per window cost more than the model itself.
//
// A word is what /[A-Za-z][A-Za-z'’-]*/ matches: a run of letters, apostrophes and hyphens,
// from its first letter. wordsIn() gives exactly the words that regex finds in the slice
// text[from, to), a word cut by either end included as the slice has it.
import type { ExtractContext } from './context';
import { perArticle } from './memo';

interface SentenceWords {
  from: number;
  to: number;
  starts: number[];
  ends: number[];
  lower: string[];
}

const isLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isWordChar = (c: number): boolean => isLetter(c) || c === 39 || c === 45 || c === 0x2019;

function scan(text: string, from: number, to: number): SentenceWords {
  const starts: number[] = [];
  const ends: number[] = [];
  const lower: string[] = [];
  let i = from;
  while (i < to) {
    if (!isLetter(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    while (i < to && isWordChar(text.charCodeAt(i))) i++;
    starts.push(start);
    ends.push(i);
    lower.push(text.slice(start, i).toLowerCase());
  }
  return { from, to, starts, ends, lower };
}

const bySentence = perArticle<number, SentenceWords>();
const scanSentence = (ctx: ExtractContext, i: number): SentenceWords => {
  const s = ctx.sentences[i] as { start: number; end: number };
  return scan(ctx.text, s.start, s.end);
};

/** Lower-cased words of text[from, to), as the word regex finds them in that slice. */
export function wordsIn(ctx: ExtractContext, from: number, to: number): string[] {
  const i = ctx.sentenceAt(from);
  const s = ctx.sentences[i];
  // Outside one sentence (the gaps between them, before the first): read the slice itself.
  if (!s || from < s.start || to > s.end || from > to) return scan(ctx.text, from, to).lower;
  const w = bySentence(ctx, i, scanSentence);
  // First word ending after `from`: a word running into the slice from the left is cut there.
  let lo = 0;
  let hi = w.ends.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((w.ends[mid] as number) <= from) lo = mid + 1;
    else hi = mid;
  }
  const out: string[] = [];
  for (let k = lo; k < w.starts.length; k++) {
    const start = w.starts[k] as number;
    const end = w.ends[k] as number;
    if (start >= to) break;
    if (start >= from && end <= to) {
      out.push(w.lower[k] as string);
      continue;
    }
    // Cut by an end of the slice: the cut piece, from its first letter (a piece of a word holds
    // at most one word, since after its first letter every character continues it).
    let a = Math.max(start, from);
    const b = Math.min(end, to);
    while (a < b && !isLetter(ctx.text.charCodeAt(a))) a++;
    if (a < b) out.push(ctx.text.slice(a, b).toLowerCase());
  }
  return out;
}
