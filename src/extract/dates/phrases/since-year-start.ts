// "since the start of the year", "since the beginning of this year": from January 1 on.
import { word } from './words';
import type { TimePhrase } from './phrase';

export const sinceYearStart: TimePhrase = {
  group: 'sinceYearStart',
  pattern: String.raw`\bsince\s+the\s+(?:start|beginning)\s+of\s+(?:the|this)\s+year\b(?<sinceYearStart>)`,
  examples: ['since the start of the year', 'since the beginning of this year'],
  opens: [word('since')],
  spec: () => ({ type: 'year-start' }),
  role: 'since',
};
