// "on Oct. 17", "since March 3, 2024", "before Nov 26th": a day named by month and number. A
// lower-case "may 3" is the verb and a count, not a date. "on March 25 last year" counts its
// year from publication's, not the latest March 25.
import { M3, MONTH_ABBR, MONTH_WORDS, num, relYear, word } from './words';
import { roleOfPrep, type TimePhrase } from './phrase';

export const monthDay: TimePhrase = {
  group: 'mdMonth',
  pattern: String.raw`(?:\b(?<mdPrep>on|since|from|by|until|before|after)\s+)?\b(?<mdMonth>${MONTH_ABBR})\s+(?<mdDay>\d{1,2})(?:st|nd|rd|th)?\b(?!:)(?:,?\s+(?<mdYear>\d{4})|\s+(?<mdRel>last|this)\s+year\b)?`,
  examples: ['on Oct. 17', 'since March 3, 2024', 'before Nov 26th', 'from Sept 1', 'until January 15 2025', 'on March 25 last year'],
  opens: [...MONTH_WORDS.map(word), ...['before', 'since', 'after'].map(word), ...['on', 'from', 'by', 'until'].map((w) => String.raw`${w}\s+(?:${M3})`)],
  spec: (g) => {
    if ((g.mdMonth ?? '').startsWith('may')) return null;
    const yearOffset = g.mdRel ? relYear(g.mdRel) ?? undefined : undefined;
    return { type: 'date', text: `${g.mdMonth} ${g.mdDay}${g.mdYear ? ` ${g.mdYear}` : ''}`, year: num(g.mdYear), before: (g.mdPrep ?? '').toLowerCase() === 'before', yearOffset };
  },
  role: ({ g }) => roleOfPrep(g.mdPrep),
};
