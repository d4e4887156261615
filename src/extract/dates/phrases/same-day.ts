// "on the same day", "for the day", "that day", "the same day": the period of the figure stated
// before it (refiners/dates.ts), not a day of its own.
import type { TimePhrase } from './phrase';

export const sameDay: TimePhrase = {
  group: 'sameDay',
  pattern: String.raw`\b(?<sameDay>(?:on|for)\s+the\s+(?:same\s+)?day|that\s+day|the\s+same\s+day)\b`,
  examples: ['on the same day', 'for the day', 'that day', 'the same day'],
  opens: [String.raw`on\s+(?:the)`, String.raw`for\s+(?:the)`, String.raw`that\s+(?:day)`, String.raw`the\s+(?:same)`],
  spec: () => ({ type: 'same-day' }),
};
