// Spans of whole months with words of their own: "the first half of 2025", "H2 2025", "the first
// nine months of the year", "between April and June", "the three months to March", "month to
// date". Last in the list, so tried only where nothing before it matched; one capture (each costs
// every match of the big pattern), read apart by the spec.
import { COUNT_WORDS, M3, MONTH_FULL, monthIndex, num, relYear } from './words';
import type { TimeSpec } from '../time-spec';
import type { TimePhrase } from './phrase';

const YEAR = String.raw`(?:19|20)\d{2}`;
const OF_YEAR = String.raw`\s+of\s+(?:${YEAR}|(?:the|this|last|next)\s+year)`;

export const monthSpan: TimePhrase = {
  group: 'span',
  pattern: String.raw`(?<span>\b(?:(?:in|during|for)\s+)?(?:the\s+)?(?:first|second)\s+half(?:${OF_YEAR}|\s+${YEAR}|(?!\s+of\b))|\bH[12]\s+${YEAR}\b|\b(?:(?:in|during|for)\s+)?the\s+first\s+(?:two|three|four|five|six|seven|eight|nine|ten|eleven|\d{1,2})\s+months(?:${OF_YEAR}|(?!\s+of\b))|\bbetween\s+${MONTH_FULL}\s+and\s+${MONTH_FULL}(?:\s+${YEAR})?\b|\b(?:(?:in|over)\s+)?the\s+(?:(?:two|three|four|five|six|nine|twelve|\d{1,2})\s+months|year)\s+(?:to|ended|ending|through)\s+(?:the\s+end\s+of\s+)?${MONTH_FULL}(?:\s+${YEAR})?\b|\b(?:(?:in\s+)?the\s+month\s+to\s+date|month[-\s]to[-\s]date)\b)`,
  examples: ['the year to June', 'the year ended March 2024', 'in the first half of 2025', 'the second half of last year', 'H2 2025', 'the first nine months of the year', 'between April and June', 'the three months to March', 'the 12 months ended June 2024', 'month-to-date', 'the month to date', 'first half'],
  opens: [
    String.raw`the\s+(?:first|second|month|year\s+(?:to|end|through)|(?:two|three|four|five|six|eight|nine|twelve|1?\d)\s+months)`,
    String.raw`in\s+the\s+(?:first|second)`,
    String.raw`in\s+(?:first|second)`,
    ...['for', 'during'].map((w) => String.raw`${w}\s+(?:the)`),
    ...['first', 'second'].map((w) => String.raw`${w}\s+(?:half)`),
    String.raw`h[12]\s`,
    String.raw`between\s+(?:${M3})`,
    String.raw`month[-\s]to`,
  ],
  spec: (g) => spanSpec(g.span ?? ''),
};

// The parts of a span the pattern matched whole.
const SPAN_PARTS = new RegExp(
  String.raw`(?<hyOrd>first|second)\s+half(?:\s+of)?(?:\s+(?:(?<hyYear>\d{4})|(?<hyRel>the|this|last|next)\s+year))?|H(?<hyNum>[12])\s+(?<hyYear3>\d{4})|first\s+(?<fmN>\w+)\s+months(?:\s+of\s+(?:(?<fmYear>\d{4})|(?<fmRel>the|this|last|next)\s+year))?|between\s+(?<mrA>[a-z]+)\s+and\s+(?<mrB>[a-z]+)(?:\s+(?<mrYear>\d{4}))?|(?<ntN>\w+\s+months|year)\s+(?:to|ended|ending|through)\s+(?:the\s+end\s+of\s+)?(?<ntMonth>[a-z]+)(?:\s+(?<ntYear>\d{4}))?|(?<mtd>month)`,
  'i',
);

function spanSpec(text: string): TimeSpec | null {
  const g = SPAN_PARTS.exec(text)?.groups;
  if (!g) return null;
  if (g.hyOrd || g.hyNum) {
    const second = (g.hyOrd ?? '').toLowerCase() === 'second' || g.hyNum === '2';
    return { type: 'months', from0: second ? 6 : 0, to0: second ? 11 : 5, year: num(g.hyYear ?? g.hyYear3), offset: relYear(g.hyRel) };
  }
  if (g.fmN) {
    const n = Number(g.fmN) || COUNT_WORDS[g.fmN.toLowerCase()] || 0;
    return n >= 1 && n <= 12 ? { type: 'months', from0: 0, to0: n - 1, year: num(g.fmYear), offset: relYear(g.fmRel) } : null;
  }
  if (g.mrA && g.mrB) return { type: 'months', from0: monthIndex(g.mrA), to0: monthIndex(g.mrB), year: num(g.mrYear), offset: null };
  if (g.ntN && g.ntMonth) {
    // "the three months to March": March and the two before it; "the year to June": twelve.
    const count = g.ntN.toLowerCase().replace(/\s+months$/, '');
    const n = count === 'year' ? 12 : Number(count) || COUNT_WORDS[count] || 0;
    const to0 = monthIndex(g.ntMonth);
    return n >= 1 && n <= 12 && to0 >= 0 ? { type: 'months', from0: (to0 - n + 1 + 12) % 12, to0, year: num(g.ntYear), offset: null } : null;
  }
  if (g.mtd) return { type: 'month-rel', which: 'this' };
  return null;
}
