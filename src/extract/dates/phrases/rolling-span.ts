// "the past three months", "the last 12 months", "the previous six weeks", "the past two years":
// a span of whole units up to publication. A figure over it ("averaged 700,000 bpd over the past
// six months") holds from the span's first day, as a period's figures do. "the past week" and
// "the last seven days" are rolling-week.ts's (tried first).
import { COUNT_WORD, COUNT_WORDS } from './words';
import type { TimePhrase } from './phrase';

const UNITS = { days: 'day', weeks: 'week', months: 'month', years: 'year' } as const;

export const rollingSpan: TimePhrase = {
  group: 'rollingSpan',
  pattern: String.raw`\b(?<rollingSpan>)the\s+(?:past|last|previous|preceding)\s+(?<rollN>\d{1,2}|${COUNT_WORD})\s+(?<rollUnit>days|weeks|months|years)\b`,
  examples: ['the past three months', 'the last 12 months', 'the previous six weeks', 'the past two years', 'the preceding 10 days'],
  opens: [String.raw`the\s+(?:past|last|previous|preceding)`],
  spec: (g) => {
    const word = (g.rollN ?? '').toLowerCase();
    const n = COUNT_WORDS[word] ?? Number(word);
    const unit = UNITS[(g.rollUnit ?? '').toLowerCase() as keyof typeof UNITS];
    return n >= 2 && unit ? { type: 'rolling', unit, n } : null;
  },
};
