// "on 17 October", "since 3rd March 2024": a day named by number and month.
import { M3, MONTH_FULL, num, word } from './words';
import { roleOfPrep, type TimePhrase } from './phrase';

export const dayMonth: TimePhrase = {
  group: 'dmMonth',
  pattern: String.raw`(?:\b(?<dmPrep>on|since|from|by|until|before|after)\s+)?\b(?<dmDay>\d{1,2})(?:st|nd|rd|th)?\s+(?<dmMonth>${MONTH_FULL})(?:,?\s+(?<dmYear>\d{4}))?`,
  examples: ['on 17 October', 'since 3rd March 2024', '26 November', 'before 1 June'],
  opens: [String.raw`\d{1,2}(?:st|nd|rd|th)?\s+(?:${M3})`, ...['before', 'since', 'after'].map(word), ...['on', 'from', 'by', 'until'].map((w) => String.raw`${w}\s+(?:\d)`)],
  spec: (g) => ({ type: 'date', text: `${g.dmDay} ${g.dmMonth}${g.dmYear ? ` ${g.dmYear}` : ''}`, year: num(g.dmYear), before: (g.dmPrep ?? '').toLowerCase() === 'before' }),
  role: ({ g }) => roleOfPrep(g.dmPrep),
};
