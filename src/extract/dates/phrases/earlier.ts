// "a year earlier", "one month before", "a week ago", "the year before": the same time one
// week, month or year back.
import type { TimePhrase } from './phrase';

const BACK = String.raw`(?:week|month|year)\s+(?:earlier|before|ago)`;

export const earlier: TimePhrase = {
  group: 'earlier',
  pattern: String.raw`\b(?<earlier>(?:a|one)\s+(?:week|month|year)\s+(?:earlier|before|ago)|the\s+(?:week|month|year)\s+before)\b`,
  examples: ['a year earlier', 'one month before', 'a week ago', 'the year before'],
  opens: [String.raw`a\s+${BACK}`, String.raw`one\s+${BACK}`, String.raw`the\s+(?:week|month|year)`],
  spec: (g) => ({ type: 'earlier', unit: /month/i.test(g.earlier ?? '') ? 'month' : /year/i.test(g.earlier ?? '') ? 'year' : 'week' }),
};
