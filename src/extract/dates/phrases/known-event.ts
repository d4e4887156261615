// "before the takeover", "since the referendum", "ahead of the Kirkuk takeover on Oct. 16, 2017":
// a known event (data/events.json) by one of its aliases; the day before it, or from it on.
// "until the takeover" is what held up to it: the day before, as "before" gives.
// The event's own date may follow: it is the event's, so it is read as part of the phrase rather
// than as a date of its own. "after the takeover" names no period and is dropped.
import { MONTH_ABBR, MONTH_FULL, word } from './words';
import type { TimePhrase } from './phrase';

export const knownEvent: TimePhrase = {
  group: 'ev',
  pattern: (events) =>
    String.raw`(?<evRel>before|prior\s+to|ahead\s+of|until|till|up\s+until|since|after)\s+(?:the\s+)?(?:[\w.-]+\s+){0,3}?(?<ev>${events.alternation})\b(?:\s+(?:on|of|in)\s+${MONTH_ABBR}\s+\d{1,2}(?:,?\s+\d{4})?\b(?!:)|\s+(?:in|of)\s+(?:${MONTH_FULL}\s+)?(?:19|20)\d{2}\b)?`,
  examples: ['before the takeover', 'since the referendum', 'ahead of the Kirkuk takeover on Oct. 16, 2017', 'until the takeover'],
  opens: ['before', 'prior', 'ahead', 'until', 'till', 'up', 'since', 'after'].map(word),
  spec: (g, events) => {
    const event = events.byAlias.get((g.ev ?? '').toLowerCase().replace(/\s+/g, ' '));
    if (!event) return null;
    const rel = (g.evRel ?? 'before').toLowerCase();
    if (rel === 'after') return null;
    return { type: 'event', event, before: rel !== 'since' };
  },
  role: ({ g }) => ((g.evRel ?? '').toLowerCase() === 'since' ? 'since' : 'time'),
};
