// "so far this year", "year-to-date", "this year to date": from January 1 to publication, a
// time, not a start.
import type { TimePhrase } from './phrase';

export const yearToDate: TimePhrase = {
  group: 'ytd',
  pattern: String.raw`\b(?:so\s+far\s+this\s+year|(?:this\s+)?year[-\s]to[-\s]date)\b(?<ytd>)`,
  examples: ['so far this year', 'year-to-date', 'this year to date'],
  opens: [String.raw`so\s+(?:far)`, String.raw`year[-\s]to`, String.raw`this\s+(?:year)`],
  spec: () => ({ type: 'year-start' }),
};
