// "at the end of last year", "the end of the previous year": the last day of the year before
// publication's (reserves, debts and stocks are counted then), not the whole year.
import type { TimePhrase } from './phrase';

export const endOfLastYear: TimePhrase = {
  group: 'eoly',
  pattern: String.raw`\b(?:at\s+)?the\s+end\s+of\s+(?:last|the\s+previous|the\s+past)\s+year\b(?<eoly>)`,
  examples: ['at the end of last year', 'the end of the previous year'],
  opens: [String.raw`at\s+the\s+(?:end)`, String.raw`the\s+(?:end)`],
  spec: () => ({ type: 'month', month0: 11, year: null, yearOffset: -1, end: true }),
};
