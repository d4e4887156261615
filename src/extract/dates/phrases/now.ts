// "now", "currently", "at present": the publication day.
import type { TimePhrase } from './phrase';

export const now: TimePhrase = {
  group: 'now',
  pattern: String.raw`\b(?<now>now|currently|at\s+present)\b`,
  opens: ['now(?![a-z])', 'currently(?![a-z])', String.raw`at\s+present`],
  spec: () => ({ type: 'now' }),
  examples: ['now', 'currently', 'at present'],
};
