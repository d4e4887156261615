// "before the stoppage", "until the closure", "since the halt on March 25": an event the article dates itself
// (dates/article-events.ts finds which), not one of data/events.json. With its own day the
// phrase is that day; with its own month or year ("before the March 2023 closure", "since the
// halt in 2023") only an event of that month or year is meant.
import { EVENT_NOUNS } from '../article-events';
import { MONTH_ABBR, MONTH_FULL, monthIndex, word } from './words';
import type { TimePhrase } from './phrase';

// The event noun and the day, read apart here rather than by captures in the big pattern (each
// capture costs every match).
const OWN_MONTH = new RegExp(String.raw`\b(?:(${MONTH_FULL})\s+)?((?:19|20)\d{2})\b`, 'i');
const PARTS = new RegExp(String.raw`\b(${EVENT_NOUNS})\b(?:\s+(?:on|of)\s+(${MONTH_ABBR}\s+\d{1,2}))?`, 'i');

export const articleEvent: TimePhrase = {
  group: 'aev',
  pattern: String.raw`(?<aev>\b(?:before|prior\s+to|ahead\s+of|until|till|up\s+until|since)\s+the\s+(?:[\w'’-]+\s+){0,2}?(?:${EVENT_NOUNS})\b(?:\s+(?:on|of)\s+${MONTH_ABBR}\s+\d{1,2}\b(?!:)|\s+(?:in|of)\s+(?:${MONTH_FULL}\s+)?(?:19|20)\d{2}\b)?)`,
  examples: ['before the stoppage', 'since the halt on March 25', 'ahead of the pipeline closure', 'until the closure', 'up until the shutdown', 'before the March 2023 closure', 'since the halt in March 2023'],
  // "until the closure": what held up to the event, the day before it as "before" gives.
  opens: ['before', 'prior', 'ahead', 'until', 'till', 'up', 'since'].map(word),
  spec: (g) => {
    const phrase = g.aev ?? '';
    const parts = PARTS.exec(phrase);
    if (!parts) return null;
    const before = !/^since/i.test(phrase);
    if (parts[2]) return { type: 'date', text: parts[2], year: null, before };
    // "before the June 2031 closure": the month or year the event fell in.
    const when = OWN_MONTH.exec(phrase);
    const within = when?.[2] ? (when[1] ? `${when[2]}-${String(monthIndex(when[1]) + 1).padStart(2, '0')}` : when[2]) : undefined;
    return { type: 'article-event', noun: (parts[1] ?? '').toLowerCase(), before, within };
  },
  role: ({ text }) => (/^since/i.test(text) ? 'since' : 'time'),
};
