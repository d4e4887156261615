// "last year", "this year's", "the previous year", "next year": a calendar year counted from
// publication's.
import { word } from './words';
import type { TimePhrase } from './phrase';

export const relativeYear: TimePhrase = {
  group: 'relYear',
  pattern: String.raw`\b(?<relYear>last|this|next|the\s+previous|the\s+preceding|the\s+past)\s+year(?:['’]s)?\b`,
  examples: ['last year', "this year's", 'the previous year', 'next year'],
  opens: [word('next'), String.raw`last\s+(?:year)`, String.raw`this\s+(?:year)`, String.raw`the\s+(?:previous|preceding|past)`],
  spec: (g) => {
    const w = (g.relYear ?? '').toLowerCase();
    return { type: 'year-rel', offset: w === 'this' ? 0 : w === 'next' ? 1 : -1 };
  },
};
