// "at end-2023", "at the end of 2023", "end of 2019": the year's last day (reserves, debts, stocks).
import { M3 } from './words';
import type { TimePhrase } from './phrase';

export const yearEnd: TimePhrase = {
  group: 'yEnd',
  pattern: String.raw`\b(?:at\s+)?(?:the\s+)?end(?:\s+of\s+|-)(?<yEnd>(?:19|20)\d{2})\b`,
  examples: ['at end-2023', 'at the end of 2023', 'end of 2019', 'the end of 2020'],
  opens: [String.raw`at\s+(?:the\s+end|end)`, String.raw`the\s+(?:end)`, String.raw`end\s+(?:of)`, `end-(?:${M3}|\\d)`],
  spec: (g) => ({ type: 'date', text: `${g.yEnd}-12-31`, year: Number(g.yEnd), before: false }),
};
