// "pre-halt exports", "pre-shutdown flows", "the pre-closure level": the day before an event the
// article dates itself (article-events.ts), as "before the halt" is. Known events keep their own
// reading ("pre-takeover", pre-event.ts), which the pattern tries first.
import { EVENT_NOUNS } from '../article-events';
import { word } from './words';
import type { TimePhrase } from './phrase';

export const preArticleEvent: TimePhrase = {
  group: 'paev',
  pattern: String.raw`\bpre-(?<paev>${EVENT_NOUNS})\b`,
  examples: ['pre-halt', 'pre-shutdown', 'pre-closure', 'pre-outage'],
  opens: [word('pre')],
  // The family is read from the noun's start, so a plural ("pre-strikes") names the same event.
  spec: (g) => (g.paev ? { type: 'article-event', noun: g.paev.toLowerCase(), before: true } : null),
};
