// "pre-takeover", "pre-referendum": the day before a known event named by an alias.
import { word } from './words';
import type { TimePhrase } from './phrase';

export const preEvent: TimePhrase = {
  group: 'evPre',
  pattern: (events) => String.raw`\bpre-(?<evPre>${events.alternation})\b`,
  examples: ['pre-takeover', 'pre-referendum'],
  opens: [word('pre')],
  spec: (g, events) => {
    const event = events.byAlias.get((g.evPre ?? '').toLowerCase().replace(/\s+/g, ' '));
    return event ? { type: 'event', event, before: true } : null;
  },
};
