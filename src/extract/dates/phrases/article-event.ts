// "before the stoppage", "until the closure", "since the halt on March 25": an event the article dates itself
// (dates/article-events.ts finds which), not one of data/events.json. With its own day the
// phrase is that day.
import { EVENT_NOUNS } from '../article-events';
import { MONTH_ABBR, word } from './words';
import type { TimePhrase } from './phrase';

// The event noun and the day, read apart here rather than by captures in the big pattern (each
// capture costs every match).
const PARTS = new RegExp(String.raw`\b(${EVENT_NOUNS})\b(?:\s+(?:on|of)\s+(${MONTH_ABBR}\s+\d{1,2}))?`, 'i');

export const articleEvent: TimePhrase = {
  group: 'aev',
  pattern: String.raw`(?<aev>\b(?:before|prior\s+to|ahead\s+of|until|till|up\s+until|since)\s+the\s+(?:[\w'’-]+\s+){0,2}?(?:${EVENT_NOUNS})\b(?:\s+(?:on|of)\s+${MONTH_ABBR}\s+\d{1,2}\b(?!:))?)`,
  examples: ['before the stoppage', 'since the halt on March 25', 'ahead of the pipeline closure', 'until the closure', 'up until the shutdown'],
  // "until the closure": what held up to the event, the day before it as "before" gives.
  opens: ['before', 'prior', 'ahead', 'until', 'till', 'up', 'since'].map(word),
  spec: (g) => {
    const phrase = g.aev ?? '';
    const parts = PARTS.exec(phrase);
    if (!parts) return null;
    const before = !/^since/i.test(phrase);
    if (parts[2]) return { type: 'date', text: parts[2], year: null, before };
    return { type: 'article-event', noun: (parts[1] ?? '').toLowerCase(), before };
  },
  role: ({ text }) => (/^since/i.test(text) ? 'since' : 'time'),
};
