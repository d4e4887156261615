// "the week to Friday", "in the seven days ending March 4", "the four weeks to July 30": a
// tanker tracker's rolling window, seven days (or that many weeks) ending on the day named.
import { MONTH_ABBR, WEEKDAY, WEEKDAYS } from './words';
import type { TimePhrase } from './phrase';

const WEEK_COUNTS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, eight: 8 };
const WEEKS = String.raw`(?:two|three|four|five|six|eight|nine|twelve|1?\d)\s+weeks`;

export const weekTo: TimePhrase = {
  group: 'wtDay',
  pattern: String.raw`\b(?:in\s+)?the\s+(?:week|seven\s+days|(?<wtN>two|three|four|five|six|eight|\d{1,2})\s+weeks)\s+(?:to|ending|ended|through)\s+(?<wtDay>${WEEKDAY}|${MONTH_ABBR}\s+\d{1,2}|\d{1,2}\s+${MONTH_ABBR})\b`,
  examples: ['the week to Friday', 'in the seven days ending March 4', 'the four weeks to July 30', 'in the 2 weeks through 12 Jan'],
  opens: [String.raw`the\s+(?:week|seven|${WEEKS})`, String.raw`in\s+the\s+(?:week|seven|(?:two|three|four|five|six|eight|1?\d)\s+weeks)`],
  spec: (g) => {
    const day = (g.wtDay ?? '').toLowerCase();
    const wd = WEEKDAYS.indexOf(day);
    const weeks = g.wtN ? Number(g.wtN) || WEEK_COUNTS[g.wtN.toLowerCase()] || 1 : 1;
    return { type: 'week-to', days: 7 * weeks, end: wd >= 0 ? { type: 'weekday', weekday: wd, before: false } : { type: 'date', text: g.wtDay ?? '', year: null, before: false } };
  },
};
