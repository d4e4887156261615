// "31,000 bpd less than a month earlier in June": the month named is the other end of the
// comparison (the change's base); the bare "in June" would date the change itself June. The
// date refiner then dates the change the month after its base (refiners/dates.ts).
import { MONTH_NAMES } from './words';
import type { TimePhrase } from './phrase';

export const monthEarlierIn: TimePhrase = {
  group: 'meMonth',
  pattern: String.raw`\b(?:than|from)\s+(?:a|one)\s+month\s+(?:earlier|before),?\s+in\s+(?<meMonth>${MONTH_NAMES.join('|')})\b`,
  examples: ['than a month earlier in April', 'from one month before, in December'],
  // Opens at "than"/"from": the plain "a month earlier" phrase would match first otherwise.
  opens: [String.raw`than\s+(?:a|one)\s+month`, String.raw`from\s+(?:a|one)\s+month`],
  spec: (g) => {
    const named = MONTH_NAMES.indexOf((g.meMonth ?? '').toLowerCase());
    return named < 0 ? null : { type: 'month', month0: named, year: null };
  },
  role: 'base',
};
