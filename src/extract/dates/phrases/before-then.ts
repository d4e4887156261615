// "Before then", "until then", "prior to that": up to the day the story named last, so the day
// before it (dates/since-then.ts resolves it, as it does "since then"). "Varn regained the
// wells on March 9. Before then, the province shipped 270,000 bpd": March 8.
import { word } from './words';
import type { TimePhrase } from './phrase';

export const beforeThen: TimePhrase = {
  group: 'beforeThen',
  pattern: String.raw`\b(?:before|until|till|up\s+until|prior\s+to)\s+(?:then|that\s+(?:day|date))\b(?<beforeThen>)`,
  examples: ['Before then', 'until then', 'prior to that date', 'up until then'],
  opens: ['before', 'until', 'till', 'up', 'prior'].map(word),
  spec: () => ({ type: 'since-then', before: true }),
};
