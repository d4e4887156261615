// "by March", "by the end of June 2024", "before the end of May", "until end-September": a deadline month.
import { M3, MONTH_FULL, monthIndex, num } from './words';
import type { TimePhrase } from './phrase';

export const byMonth: TimePhrase = {
  group: 'byMonth',
  pattern: String.raw`\b(?:by\s+(?:the\s+end\s+of\s+|end-)?|before\s+the\s+end\s+of\s+|until\s+(?:the\s+end\s+of\s+|end-))(?<byMonth>${MONTH_FULL})(?:\s+(?<byYear>\d{4}))?\b`,
  examples: ['by March', 'by the end of June 2024', 'until end-September', 'by end-July', 'until the end of October', 'before the end of May'],
  opens: [String.raw`by\s+(?:the|end|${M3})`, String.raw`until\s+(?:the\s+end|end-)`, String.raw`before\s+the\s+end`],
  spec: (g) => ({ type: 'by-month', month0: monthIndex(g.byMonth ?? ''), year: num(g.byYear) }),
};
