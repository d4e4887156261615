// "last quarter", "this quarter's", "the previous quarter", "next quarter": a quarter counted from
// the one publication falls in ("last quarter of 2019", with its year, is quarter.ts's fourth).
import type { TimePhrase } from './phrase';

export const relativeQuarter: TimePhrase = {
  group: 'relQuarter',
  pattern: String.raw`\b(?<relQuarter>last|this|next|the\s+previous|the\s+preceding|the\s+current)\s+quarter(?:['’]s)?\b(?!\s+of\b)`,
  examples: ['last quarter', "this quarter's", 'the previous quarter', 'next quarter', 'the current quarter'],
  opens: [String.raw`last\s+(?:quarter)`, String.raw`this\s+(?:quarter)`, String.raw`next\s+(?:quarter)`, String.raw`the\s+(?:previous|preceding|current)`],
  spec: (g) => {
    const w = (g.relQuarter ?? '').toLowerCase();
    return { type: 'quarter', q: 0, year: null, offset: w === 'next' ? 1 : w === 'this' || w.endsWith('current') ? 0 : -1 };
  },
};
