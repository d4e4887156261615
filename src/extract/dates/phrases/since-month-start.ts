// "since the start of March", "since the beginning of October 2017": from that month on.
import { MONTH_FULL, monthIndex, num, word } from './words';
import type { TimePhrase } from './phrase';

export const sinceMonthStart: TimePhrase = {
  group: 'sinceMonth',
  pattern: String.raw`\bsince\s+the\s+(?:start|beginning)\s+of\s+(?<sinceMonth>${MONTH_FULL})(?:\s+(?<sinceYear>\d{4}))?\b`,
  examples: ['since the start of March', 'since the beginning of October 2017'],
  opens: [word('since')],
  spec: (g) => ({ type: 'month', month0: monthIndex(g.sinceMonth ?? ''), year: num(g.sinceYear) }),
  role: 'since',
};
