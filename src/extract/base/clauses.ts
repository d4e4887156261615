// Clauses inside a sentence: most rules only look at the words of the clause a figure stands in
// ("…, while it still owes $1.5 billion"), bounded by the breaks around it.
import type { ExtractContext } from './context';
import { perSentence } from './memo';
import type { Sentence } from './sentences';

// Punctuation that closes a clause: ; : ( ) — – , and a spaced hyphen. A comma counts only before
// whitespace ("300,000" is one number). Character codes, not one-character strings and regexes:
// this runs for every character scanned around every figure.
const isBreak = (text: string, i: number): boolean => {
  const c = text.charCodeAt(i);
  if (c === 59 || c === 58 || c === 40 || c === 41 || c === 0x2014 || c === 0x2013) return true;
  if (c === 44) return i + 1 >= text.length || isRegexSpace(text.charCodeAt(i + 1));
  if (c === 45) return text.charCodeAt(i - 1) === 32 && text.charCodeAt(i + 1) === 32;
  return false;
};

/** Exactly the characters a regex's \s (and String.prototype.trim) matches. */
export const isRegexSpace = (c: number): boolean =>
  c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
  c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;

// A clause longer than this is not prose; scanning further would make one endless "sentence"
// cost time proportional to its length for every figure in it.
const MAX_CLAUSE = 400;

// Where each sentence's clause breaks stand, found in one pass per sentence: the functions below
// run for nearly every figure, several times each, and scanning up to 120 characters per call
// (isBreak on each) cost more than a binary search of the sentence's few breaks. Only whitespace
// lies between one sentence's end and the next one's start (base/sentences.ts trims nothing
// else), so a sentence's breaks are all there are from its start to the next sentence.
const breaksMemo = perSentence<number[]>();

const scanBreaks = (ctx: ExtractContext, i: number): number[] => {
  const s = ctx.sentences[i] as Sentence;
  const out: number[] = [];
  for (let k = s.start; k < s.end; k++) if (isBreak(ctx.text, k)) out.push(k);
  return out;
};

/** Index of the first break at or after `pos` in a sorted list (its length when none is). */
function firstAtOrAfter(breaks: readonly number[], pos: number): number {
  let lo = 0;
  let hi = breaks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((breaks[mid] as number) < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Just after the last break in [lo, pos), or `lo` when there is none: a backward scan's answer. */
function afterBreak(ctx: ExtractContext, sentence: number, lo: number, pos: number): number {
  if (!ctx.sentences[sentence]) {
    for (let i = pos - 1; i >= lo; i--) if (isBreak(ctx.text, i)) return i + 1;
    return lo;
  }
  const breaks = breaksMemo(ctx, sentence, scanBreaks);
  const k = firstAtOrAfter(breaks, pos) - 1;
  const b = k >= 0 ? (breaks[k] as number) : -1;
  return b >= lo ? b + 1 : lo;
}

/** The first break in [pos, hi), or `hi` when there is none: a forward scan's answer. */
function breakFrom(ctx: ExtractContext, sentence: number, pos: number, hi: number): number {
  if (!ctx.sentences[sentence]) {
    for (let i = pos; i < hi; i++) if (isBreak(ctx.text, i)) return i;
    return hi;
  }
  const breaks = breaksMemo(ctx, sentence, scanBreaks);
  const k = firstAtOrAfter(breaks, pos);
  const b = k < breaks.length ? (breaks[k] as number) : Infinity;
  return b < hi ? b : hi;
}

export function clauseStart(ctx: ExtractContext, pos: number): number {
  const i = ctx.sentenceAt(pos);
  const s = ctx.sentences[i];
  return afterBreak(ctx, i, Math.max(s?.start ?? 0, pos - MAX_CLAUSE), pos);
}

export function clauseEnd(ctx: ExtractContext, pos: number): number {
  const i = ctx.sentenceAt(pos);
  const s = ctx.sentences[i];
  return breakFrom(ctx, i, pos, Math.min(s?.end ?? ctx.text.length, pos + MAX_CLAUSE));
}

/** Text of the clause left of `pos`, up to `max` characters. */
export function leftOf(ctx: ExtractContext, pos: number, max = 120): string {
  return ctx.text.slice(leftFrom(ctx, pos, max), pos);
}

/** Where leftOf's text starts: max(clauseStart, pos - max). */
export function leftFrom(ctx: ExtractContext, pos: number, max = 120): number {
  const i = ctx.sentenceAt(pos);
  const s = ctx.sentences[i];
  return afterBreak(ctx, i, Math.max(s?.start ?? 0, pos - MAX_CLAUSE, pos - max), pos);
}

/** Text of the clause right of `pos`, up to `max` characters. */
export function rightOf(ctx: ExtractContext, pos: number, max = 120): string {
  return ctx.text.slice(pos, rightTo(ctx, pos, max));
}

/** Where rightOf's text ends: min(clauseEnd, pos + max). */
export function rightTo(ctx: ExtractContext, pos: number, max = 120): number {
  const i = ctx.sentenceAt(pos);
  const s = ctx.sentences[i];
  return breakFrom(ctx, i, pos, Math.min(s?.end ?? ctx.text.length, pos + MAX_CLAUSE, pos + max));
}

/** Sentence text left of `pos` (crossing clauses), up to `max` characters. */
export function sentenceLeft(ctx: ExtractContext, pos: number, max = 160): string {
  return ctx.text.slice(sentenceFrom(ctx, pos, max), pos);
}

/** Where sentenceLeft's text starts. */
export function sentenceFrom(ctx: ExtractContext, pos: number, max = 160): number {
  const s = ctx.sentences[ctx.sentenceAt(pos)];
  return Math.max(s?.start ?? 0, pos - max);
}

/** Sentence text right of `pos`, up to `max` characters. */
export function sentenceRight(ctx: ExtractContext, pos: number, max = 160): string {
  return ctx.text.slice(pos, sentenceTo(ctx, pos, max));
}

/** Where sentenceRight's text ends. */
export function sentenceTo(ctx: ExtractContext, pos: number, max = 160): number {
  const s = ctx.sentences[ctx.sentenceAt(pos)];
  return Math.min(s?.end ?? ctx.text.length, pos + max);
}
