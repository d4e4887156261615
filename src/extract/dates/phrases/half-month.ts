// "the first half of March", "in the second half of June 2024": a month's first or last half.
import { MONTH_FULL, monthIndex, num } from './words';
import type { TimePhrase } from './phrase';

export const halfMonth: TimePhrase = {
  group: 'half',
  pattern: String.raw`\b(?:in\s+)?the\s+(?<half>first|second)\s+half\s+of\s+(?<hMonth>${MONTH_FULL})(?:\s+(?<hYear>\d{4}))?\b`,
  examples: ['the first half of March', 'in the second half of June 2024'],
  opens: [String.raw`the\s+(?:first|second)`, String.raw`in\s+the\s+(?:first|second)`],
  spec: (g) => ({ type: 'half-month', half: (g.half ?? '').toLowerCase() === 'first' ? 1 : 2, month0: monthIndex(g.hMonth ?? ''), year: num(g.hYear) }),
};
