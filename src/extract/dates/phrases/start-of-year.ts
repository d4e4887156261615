// "at the start of the year", "the beginning of this year": its first month.
import type { TimePhrase } from './phrase';

export const startOfYear: TimePhrase = {
  group: 'yStart',
  pattern: String.raw`\b(?:at\s+)?the\s+(?:start|beginning)\s+of\s+(?:the|this)\s+year\b(?<yStart>)`,
  examples: ['at the start of the year', 'the beginning of this year'],
  opens: [String.raw`at\s+the\s+(?:start|beginning)`, String.raw`the\s+(?:start|beginning)`],
  spec: () => ({ type: 'month', month0: 0, year: null }),
};
