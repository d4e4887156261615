// "a year earlier", "one month before", "a week ago", "the year before", "the same month last
// year": the same time one week, month or year back.
import type { TimePhrase } from './phrase';

const BACK = String.raw`(?:week|month|year)\s+(?:earlier|before|ago)`;
// "the same month last year", "the same period a year earlier": the period the sentence names,
// a year back (earlierPeriod in the date refiner counts back from it).
const SAME_A_YEAR_BACK = String.raw`the\s+same\s+(?:month|period|quarter|week|time)\s+(?:of\s+)?(?:last\s+year|a\s+year\s+(?:earlier|ago|before)|the\s+(?:previous|prior)\s+year|the\s+year\s+before)`;

export const earlier: TimePhrase = {
  group: 'earlier',
  pattern: String.raw`\b(?<earlier>(?:a|one)\s+(?:week|month|year)\s+(?:earlier|before|ago)|the\s+(?:week|month|year)\s+before|${SAME_A_YEAR_BACK})\b`,
  examples: ['a year earlier', 'one month before', 'a week ago', 'the year before', 'the same month last year', 'the same period a year earlier', 'the same quarter of the previous year'],
  opens: [String.raw`a\s+${BACK}`, String.raw`one\s+${BACK}`, String.raw`the\s+(?:week|month|year)`, String.raw`the\s+(?:same)`],
  spec: (g) => {
    const w = g.earlier ?? '';
    // "the same month last year": the sentence's month, a year back.
    if (/^the\s+same/i.test(w)) return { type: 'earlier', unit: 'year' };
    return { type: 'earlier', unit: /month/i.test(w) ? 'month' : /year/i.test(w) ? 'year' : 'week' };
  },
};
