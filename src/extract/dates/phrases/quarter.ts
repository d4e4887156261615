// "the first quarter", "in Q3 2024", "last quarter of 2019", "third-quarter exports": three
// months of a year. The hyphened form is the same quarter used as an adjective.
import { num, word } from './words';
import type { TimePhrase } from './phrase';

const ORDINAL_Q: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, last: 4 };

export const quarter: TimePhrase = {
  group: 'q',
  // One capture for both spellings ("first quarter", "Q1"), read apart by the spec: each capture
  // costs every match of the big pattern.
  pattern: String.raw`\b(?:in\s+)?(?:the\s+)?(?<q>(?:first|second|third|fourth|last)(?:\s+|-)quarter|Q[1-4])(?:\s+of)?(?:\s+(?<qYear>(?:19|20)\d{2}))?\b`,
  examples: ['the first quarter', 'in Q3 2024', 'last quarter of 2019', 'in the fourth quarter', 'Q2', 'third-quarter', 'the second-quarter'],
  opens: [
    word('q'),
    String.raw`the\s+(?:first|second|third|fourth|last|q)`,
    String.raw`in\s+the\s+(?:first|second|third|fourth|last|q)`,
    String.raw`in\s+(?:first|second|third|fourth|last|q)`,
    String.raw`last(?:\s+|-)(?:quarter)`,
    ...['first', 'second', 'third', 'fourth'].map((w) => String.raw`${w}(?:\s+|-)(?:quarter)`),
  ],
  spec: (g) => {
    const named = g.q ?? '';
    const q = /^q/i.test(named) ? Number(named.slice(1)) : ORDINAL_Q[(/^\w+/.exec(named)?.[0] ?? '').toLowerCase()] ?? 1;
    return { type: 'quarter', q, year: num(g.qYear) };
  },
};
