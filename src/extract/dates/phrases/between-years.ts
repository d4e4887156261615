// "between 2004 and 2015": both years whole, one period.
import type { TimePhrase } from './phrase';

export const betweenYears: TimePhrase = {
  group: 'yFrom',
  pattern: String.raw`\bbetween\s+(?<yFrom>(?:19|20)\d{2})\s+and\s+(?<yTo>(?:19|20)\d{2})\b`,
  examples: ['between 2004 and 2015'],
  opens: [String.raw`between\s+(?:19|20)\d\d`],
  spec: (g) => (g.yFrom && g.yTo ? { type: 'year', year: Number(g.yFrom), to: Number(g.yTo) } : null),
};
