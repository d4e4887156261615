// "by the end of the year", "before the end of this year", "by end of 2025", "by year-end",
// "by end-2026": a deadline at the year's end (plans and targets).
import { num } from './words';
import type { TimePhrase } from './phrase';

export const endOfYear: TimePhrase = {
  group: 'eoy',
  pattern: String.raw`\b(?<eoy>(?:by|before)\s+(?:the\s+)?end\s+of\s+(?:the\s+|this\s+)?(?:year|(?<eoyYear>\d{4}))|by\s+year[-\s]end|by\s+end-(?<eoyY2>\d{4}))\b`,
  examples: ['by the end of the year', 'by end of 2025', 'by year-end', 'by end-2026', 'by the end of this year', 'before the end of this year'],
  opens: [String.raw`by\s+(?:the|end|year)`, String.raw`before\s+(?:the|end)`],
  spec: (g) => ({ type: 'end-of-year', year: num(g.eoyYear ?? g.eoyY2) }),
};
