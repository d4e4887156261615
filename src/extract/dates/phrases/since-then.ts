// "Since then": from the day the story named last (dates/since-then.ts resolves it).
import type { TimePhrase } from './phrase';

export const sinceThen: TimePhrase = {
  group: 'sinceThen',
  pattern: String.raw`\bsince\s+then\b(?<sinceThen>)`,
  examples: ['Since then', 'since then'],
  opens: [String.raw`since\s+then`],
  spec: () => ({ type: 'since-then' }),
  role: 'since',
};
