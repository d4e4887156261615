// "on Tuesday", "since Monday", "last Friday", "Sunday's", "Tuesday morning": a day of the week
// near publication (resolve-time.ts picks which).
import { WD3, WEEKDAY, WEEKDAYS, word } from './words';
import { roleOfPrep, type TimePhrase } from './phrase';

export const weekday: TimePhrase = {
  group: 'wd',
  pattern: String.raw`(?:\b(?<wdPrep>on|since|from|by|until|before|after|last|this)\s+)?\b(?<wd>${WEEKDAY})(?:['’]s)?(?:\s+(?:night|morning|afternoon|evening))?\b`,
  examples: ['on Tuesday', 'since Monday', 'last Friday', "Sunday's", 'Tuesday morning', 'before Thursday'],
  opens: [...WEEKDAYS.map(word), ...['before', 'since', 'after'].map(word), ...['on', 'from', 'by', 'until', 'last', 'this'].map((w) => String.raw`${w}\s+(?:${WD3})`)],
  spec: (g) => {
    const prep = (g.wdPrep ?? '').toLowerCase();
    return { type: 'weekday', weekday: WEEKDAYS.indexOf((g.wd ?? '').toLowerCase()), before: prep === 'before', last: prep === 'last' };
  },
  role: ({ g }) => roleOfPrep(g.wdPrep),
};
