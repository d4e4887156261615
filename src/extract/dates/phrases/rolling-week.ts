// "the past week", "the last seven days": the seven days up to publication.
import type { TimePhrase } from './phrase';

export const rollingWeek: TimePhrase = {
  group: 'rolling',
  pattern: String.raw`\b(?<rolling>the\s+(?:past|last)\s+(?:week|seven\s+days|7\s+days))\b`,
  examples: ['the past week', 'the last seven days', 'the past 7 days'],
  opens: [String.raw`the\s+(?:past|last)`],
  spec: () => ({ type: 'rolling-week' }),
};
