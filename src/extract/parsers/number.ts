// The one pass over the text: every number (digits or words) with the currency before it and
// the scale word and unit after it. Numbers without a unit are kept for now; refiners may
// give them their neighbour's unit ("down from about 100,000") before the rest are dropped.
import { makeCandidate } from '../base/candidate';
import type { Parser } from '../base/context';
import { DIGIT_NUMBER, parseDigits, parseWords, WORD_NUMBER } from '../base/numbers';
import { readPrefix, readSuffix } from '../base/units';
import { comparesBefore } from '../refiners/unit-carry';

// No capture groups: a match is digits or words by its first character, and groups would cost
// two more strings per number on every number in the text.
const NUMBER = new RegExp(`${DIGIT_NUMBER}|${WORD_NUMBER}`, 'gi');

const JOINS_NEXT = /\s*(?:-|–|—|to\b|and\b)/iy;

function joinsNext(text: string, pos: number): boolean {
  JOINS_NEXT.lastIndex = pos;
  return JOINS_NEXT.test(text);
}
const PER_DAY_NEXT = /\s+(?:a|per)\s+day\b/y;
function perDayNext(text: string, pos: number): boolean {
  PER_DAY_NEXT.lastIndex = pos;
  return PER_DAY_NEXT.test(text);
}
const JOINED_BEFORE = /(?:[-–—]\s*|\b(?:to|and)\s+)$/i;

const MAGNITUDE_FIRST = /^(?:hundred|thousand|million|billion|trillion)\b/i;
const VAGUE_COUNT = /\b(?:several|few|many|multiple|numerous|tens\s+of|hundreds\s+of|dozens\s+of)\s+$/i;

const isDigit = (c: number) => c >= 48 && c <= 57;
const isLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
// Characters that glue a number into a word, code or date ("K1", "+964", "04:30", "1.2.3").
const isGlue = (c: number) => isDigit(c) || isLetter(c) || c === 95 || c === 46 || c === 43 || c === 58 || c === 47;

/** A number with no unit of its own still matters as one end of a range or of a comparison. */
function pairsWithNeighbour(text: string, numStart: number, end: number): boolean {
  if (joinsNext(text, end)) return true;
  // "about 2 million a day" after "4.9 million barrels a day": a rate whose barrels are understood.
  if (perDayNext(text, end)) return true;
  const near = text.slice(Math.max(0, numStart - 6), numStart);
  if (JOINED_BEFORE.test(near)) return true;
  return comparesBefore(text, Math.max(0, numStart - 36), numStart);
}

export const numberParser: Parser = {
  name: 'number',
  pattern: NUMBER,
  // Most numbers in news copy are years, days and counts that end here; the checks run cheapest
  // first (character codes, then the unit after the number) and the value is read last.
  extract(ctx, m) {
    const text = ctx.text;
    const numStart = m.index;
    const numEnd = numStart + m[0].length;
    const digits = isDigit(text.charCodeAt(numStart));
    const before = numStart > 0 ? text.charCodeAt(numStart - 1) : 32;
    const after = numEnd < text.length ? text.charCodeAt(numEnd) : 32;
    if (digits) {
      if (isGlue(before)) return null;
      // A fragment of a malformed number ("3,45"): digits glued to a comma on either side.
      if ((before === 44 && isDigit(text.charCodeAt(numStart - 2))) || (after === 44 && isDigit(text.charCodeAt(numEnd + 1)))) return null;
      if (after === 58 && isDigit(text.charCodeAt(numEnd + 1))) return null;
      // An ISO date ("2017-10-16").
      if (after === 45 && /^-\d\d-\d\d/.test(text.slice(numEnd, numEnd + 6))) return null;
    }
    const prefix = readPrefix(text, numStart);
    const reading = readSuffix(text, numEnd, prefix?.unit ?? null);
    // Letters glued to digits that are not a scale or unit: "9th", "1990s", "K1".
    if (digits && isLetter(after) && reading.end === numEnd) return null;
    // A number with no unit matters only as one end of a range or as the other side of a
    // comparison ("down from about 100,000"); years, counts and clock times stop here.
    if (!reading.unit && !pairsWithNeighbour(text, numStart, reading.end)) return null;
    // "several billion dollars", "tens of millions": a vague size, not a number ("the
    // million-barrel mark" is one million).
    if (!digits && MAGNITUDE_FIRST.test(m[0]) && VAGUE_COUNT.test(text.slice(Math.max(0, numStart - 20), numStart))) return null;
    const raw = digits ? parseDigits(m[0]) : parseWords(m[0]);
    if (!Number.isFinite(raw)) return null;
    const tags = figureTags(digits ? 'number' : 'number:words', prefix?.tag, reading.tags);
    return makeCandidate({
      start: prefix?.start ?? numStart,
      end: reading.end,
      numStart,
      numEnd,
      raw,
      mult: reading.mult,
      value: raw * reading.mult,
      unit: reading.unit,
      sentence: ctx.sentenceAt(numStart),
      tags,
    });
  },
};

/**
 * The parser's tags, then the currency's, then the scale's and unit's: built at their final length
 * (an array literal grown by push reserves room for some fifteen more), once per figure found.
 */
function figureTags(first: string, prefixTag: string | undefined, unitTags: readonly string[]): string[] {
  const n = unitTags.length;
  if (prefixTag === undefined) {
    if (n === 0) return [first];
    if (n === 1) return [first, unitTags[0] as string];
    if (n === 2) return [first, unitTags[0] as string, unitTags[1] as string];
  } else {
    if (n === 0) return [first, prefixTag];
    if (n === 1) return [first, prefixTag, unitTags[0] as string];
    if (n === 2) return [first, prefixTag, unitTags[0] as string, unitTags[1] as string];
  }
  const tags = prefixTag === undefined ? [first] : [first, prefixTag];
  for (let i = 0; i < n; i++) tags.push(unitTags[i] as string);
  return tags;
}
