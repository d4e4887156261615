// "12 years ago", "three months ago", "two decades ago" (twenty years): counted back from
// publication (resolve-time.ts, 'ago').
import { COUNT_WORDS } from './words';
import type { TimePhrase } from './phrase';

const AGO = String.raw`(?:years?|months?|weeks?|days?|decades?)\s+ago\b`;

export const ago: TimePhrase = {
  group: 'agoN',
  pattern: String.raw`\b(?<agoN>\d{1,2}|${Object.keys(COUNT_WORDS).join('|')})\s+(?<agoUnit>year|month|week|day|decade)s?\s+ago\b`,
  examples: ['12 years ago', 'three months ago', 'two weeks ago', 'two decades ago'],
  opens: [...Object.keys(COUNT_WORDS).map((w) => String.raw`${w}\s+${AGO}`), String.raw`\d{1,2}\s+${AGO}`],
  spec: (g) => {
    const n = Number(g.agoN) || COUNT_WORDS[(g.agoN ?? '').toLowerCase()] || 1;
    const unit = (g.agoUnit ?? 'day').toLowerCase();
    return unit === 'decade' ? { type: 'ago', n: n * 10, unit: 'year' } : { type: 'ago', n, unit: unit as 'year' | 'month' | 'week' | 'day' };
  },
};
