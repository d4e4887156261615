// The one pass over the text: every number (digits or words) with the currency before it and
// the scale word and unit after it. Numbers without a unit are kept for now; refiners may
// give them their neighbour's unit ("down from about 100,000") before the rest are dropped.
import { makeCandidate } from '../base/candidate';
import type { Parser } from '../base/context';
import { DIGIT_NUMBER, parseDigits, parseWords, WORD_NUMBER } from '../base/numbers';
import { readPrefix, readSuffix } from '../base/units';
import { COMPARES } from '../refiners/unit-carry';

const NUMBER = new RegExp(`(${DIGIT_NUMBER})|(${WORD_NUMBER})`, 'gi');

const JOINS_NEXT = /\s*(?:-|–|—|to\b|and\b)/iy;

function joinsNext(text: string, pos: number): boolean {
  JOINS_NEXT.lastIndex = pos;
  return JOINS_NEXT.test(text);
}
const JOINED_BEFORE = /(?:[-–—]\s*|\b(?:to|and)\s+)$/i;

export const numberParser: Parser = {
  name: 'number',
  pattern: NUMBER,
  extract(ctx, m) {
    const text = ctx.text;
    const numStart = m.index;
    const numEnd = numStart + m[0].length;
    const before = text[numStart - 1] ?? ' ';
    const after = text[numEnd] ?? ' ';
    let raw: number;
    const tags: string[] = [];
    if (m[1]) {
      // Part of a word or code ("K1", "+964", "04:30", "1.2.3") or of an ISO date.
      if (/[\w.+:/]/.test(before) && before !== '$') return null;
      // A fragment of a malformed number ("3,45"): digits glued to a comma on either side.
      if ((before === ',' && /\d/.test(text[numStart - 2] ?? '')) || (after === ',' && /\d/.test(text[numEnd + 1] ?? ''))) return null;
      if (after === ':' && /\d/.test(text[numEnd + 1] ?? '')) return null;
      if (after === '-' && /^-\d\d-\d\d/.test(text.slice(numEnd, numEnd + 6))) return null;
      raw = parseDigits(m[1]);
      tags.push('number');
    } else {
      raw = parseWords(m[0]);
      tags.push('number:words');
    }
    if (!Number.isFinite(raw)) return null;
    const prefix = readPrefix(text, numStart);
    const reading = readSuffix(text, numEnd, prefix?.unit ?? null);
    // Letters glued to digits that are not a scale or unit: "9th", "1990s", "K1".
    if (m[1] && /[A-Za-z]/.test(after) && reading.end === numEnd) return null;
    // A number with no unit matters only as one end of a range or as the other side of a
    // comparison ("down from about 100,000"); years, counts and clock times stop here.
    if (!reading.unit && !joinsNext(text, reading.end) && !JOINED_BEFORE.test(text.slice(Math.max(0, numStart - 6), numStart)) && !COMPARES.test(text.slice(Math.max(0, numStart - 36), numStart))) return null;
    if (prefix) tags.push(prefix.tag);
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
      tags: [...tags, ...reading.tags],
    });
  },
};
