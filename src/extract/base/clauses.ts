// Clauses inside a sentence, found by scanning outward from a position: most rules only look
// at the words of the clause a figure stands in ("…, while it still owes $1.5 billion").
import type { ExtractContext } from './context';

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

export function clauseStart(ctx: ExtractContext, pos: number): number {
  const s = ctx.sentences[ctx.sentenceAt(pos)];
  const floor = Math.max(s?.start ?? 0, pos - MAX_CLAUSE);
  for (let i = pos - 1; i >= floor; i--) if (isBreak(ctx.text, i)) return i + 1;
  return floor;
}

export function clauseEnd(ctx: ExtractContext, pos: number): number {
  const s = ctx.sentences[ctx.sentenceAt(pos)];
  const ceil = Math.min(s?.end ?? ctx.text.length, pos + MAX_CLAUSE);
  for (let i = pos; i < ceil; i++) if (isBreak(ctx.text, i)) return i;
  return ceil;
}

/** Text of the clause left of `pos`, up to `max` characters. */
export function leftOf(ctx: ExtractContext, pos: number, max = 120): string {
  return ctx.text.slice(leftFrom(ctx, pos, max), pos);
}

/** Where leftOf's text starts. */
export function leftFrom(ctx: ExtractContext, pos: number, max = 120): number {
  // Same as max(clauseStart, pos - max), but the scan for a break stops at pos - max instead of
  // reading up to 400 characters back: this runs for nearly every figure.
  const s = ctx.sentences[ctx.sentenceAt(pos)];
  const lo = Math.max(s?.start ?? 0, pos - MAX_CLAUSE, pos - max);
  for (let i = pos - 1; i >= lo; i--) if (isBreak(ctx.text, i)) return i + 1;
  return lo;
}

/** Text of the clause right of `pos`, up to `max` characters. */
export function rightOf(ctx: ExtractContext, pos: number, max = 120): string {
  return ctx.text.slice(pos, rightTo(ctx, pos, max));
}

/** Where rightOf's text ends. */
export function rightTo(ctx: ExtractContext, pos: number, max = 120): number {
  // As leftFrom: the scan stops at pos + max.
  const s = ctx.sentences[ctx.sentenceAt(pos)];
  const hi = Math.min(s?.end ?? ctx.text.length, pos + MAX_CLAUSE, pos + max);
  for (let i = pos; i < hi; i++) if (isBreak(ctx.text, i)) return i;
  return hi;
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
