// "the 2030-31 budget year, which began April 6", "the year that began on July 1", "fiscal
// year 2030, which begins on September 1": a year that does not run from January (budgets, fiscal
// and national calendars), one year from the day named. The verb's tense says which such day:
// "began" the latest one, "begins" the next, whatever the figure (a budget is a plan, but its year
// may have begun).
import type { TimePhrase } from './phrase';

export const yearFrom: TimePhrase = {
  group: 'yfVerb',
  pattern: String.raw`\byear(?:\s+(?:19|20)\d{2})?,?\s+(?:which|that)\s+(?<yfVerb>began|started|begins|starts|will\s+(?:begin|start))\s+(?:on\s+)?(?<yfDay>[a-z]{3,9}\.?\s+\d{1,2}|\d{1,2}\s+[a-z]{3,9})\b`,
  examples: ['year, which began April 1', 'year that began on July 1', 'year 2030, which begins on September 1', 'year which starts 1 July'],
  opens: [String.raw`year(?![a-z])`],
  spec: (g) => (g.yfDay ? { type: 'year-from', text: g.yfDay, past: /^(?:began|started)$/i.test(g.yfVerb ?? '') } : null),
};
