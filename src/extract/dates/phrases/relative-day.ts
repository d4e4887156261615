// "yesterday", "today", "tonight", "the previous day", "a day earlier": a day counted from publication.
import type { TimePhrase } from './phrase';

export const relativeDay: TimePhrase = {
  group: 'relday',
  pattern: String.raw`\b(?<relday>yesterday|today|tonight|the\s+previous\s+day|a\s+day\s+earlier)\b`,
  opens: ['yesterday(?![a-z])', 'today(?![a-z])', 'tonight(?![a-z])', String.raw`the\s+previous\s+day`, String.raw`a\s+day\s+earlier`],
  spec: (g) => ({ type: 'relday', days: /today|tonight/i.test(g.relday ?? '') ? 0 : -1 }),
  examples: ['yesterday', 'today', 'tonight', 'the previous day', 'a day earlier'],
};
