// "the first 10 days of March", "in the first two weeks of April": the month's opening days.
import { MONTH_FULL, monthIndex } from './words';
import type { TimePhrase } from './phrase';

const COUNTS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, fifteen: 15, twenty: 20 };

export const firstDays: TimePhrase = {
  group: 'nDays',
  pattern: String.raw`\b(?:in\s+)?the\s+first\s+(?<nDays>\d{1,2}|${Object.keys(COUNTS).join('|')})\s+(?<ndUnit>days|weeks)\s+of\s+(?<ndMonth>${MONTH_FULL})\b`,
  examples: ['the first 10 days of March', 'in the first two weeks of April', 'the first fifteen days of June'],
  opens: [String.raw`the\s+(?:first)`, String.raw`in\s+the\s+(?:first)`],
  spec: (g) => {
    // "the first two weeks of April": fourteen days.
    const n = Number(g.nDays) || COUNTS[(g.nDays ?? '').toLowerCase()] || 1;
    return { type: 'first-days', days: /^weeks$/i.test(g.ndUnit ?? '') ? 7 * n : n, month0: monthIndex(g.ndMonth ?? '') };
  },
};
