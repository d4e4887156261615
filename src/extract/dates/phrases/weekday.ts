// "on Tuesday", "since Monday", "last Friday", "Sunday's", "Tuesday morning": a day of the week
// near publication (resolve-time.ts picks which). A preposition may come before "last": "before
// last Wednesday's blast" is the day before it, "since last Friday" a start.
import { WD3, WEEKDAY, WEEKDAYS, word } from './words';
import { roleOfPrep, type TimePhrase } from './phrase';

export const weekday: TimePhrase = {
  group: 'wd',
  pattern: String.raw`(?:\b(?<wdPrep>(?:(?:on|since|from|by|until|before|after)\s+)?last|on|since|from|by|until|before|after|this)\s+)?\b(?<wd>${WEEKDAY})(?:['’]s)?(?:\s+(?:night|morning|afternoon|evening))?\b`,
  examples: ['on Tuesday', 'since Monday', 'last Friday', "Sunday's", 'Tuesday morning', 'before Thursday', "before last Wednesday's", 'since last Friday'],
  opens: [...WEEKDAYS.map(word), ...['before', 'since', 'after'].map(word), ...['on', 'from', 'by', 'until', 'last', 'this'].map((w) => String.raw`${w}\s+(?:${WD3})`)],
  spec: (g) => {
    const words = (g.wdPrep ?? '').toLowerCase().split(/\s+/);
    return { type: 'weekday', weekday: WEEKDAYS.indexOf((g.wd ?? '').toLowerCase()), before: words[0] === 'before', last: words.at(-1) === 'last' };
  },
  role: ({ g }) => roleOfPrep(g.wdPrep?.split(/\s+/)[0]),
};
