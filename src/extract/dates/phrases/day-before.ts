// "the day before", "a day ago": the day before publication.
import type { TimePhrase } from './phrase';

export const dayBefore: TimePhrase = {
  group: 'dayBefore',
  pattern: String.raw`\b(?<dayBefore>the\s+day\s+before|a\s+day\s+ago)\b`,
  examples: ['the day before', 'a day ago'],
  opens: [String.raw`the\s+(?:day)`, String.raw`a\s+day\s+(?:earlier|ago)`],
  spec: () => ({ type: 'relday', days: -1 }),
};
