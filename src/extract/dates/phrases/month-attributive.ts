// A month written before what it counts: "Iran's September output", "the August OSP", "its July
// exports", "their October loading programme". It labels the data's month: the nearest such
// month either side, like "for December" (an OSP or a loading programme is set for a coming
// month, output reported for a past one). The phrase opens at the determiner or the possessive's
// "s" so that it starts before the bare-month alternative (and spans the noun), which month-name.ts drops when no "the"
// comes before it. "May" is left out (too often the verb); "the June contract" is not a counted
// noun: a contract's month is not when its price holds. A schedule's first draft names its month
// the same way ("a provisional March loading schedule").
import { MONTH_NAMES } from './words';
import type { TimePhrase } from './phrase';

const MONTHS = MONTH_NAMES.filter((m) => m !== 'may').join('|');
const COUNTED = String.raw`(?:crude\s+|oil\s+)?(?:output|production|exports|imports|loadings|shipments|sales|OSPs?|official\s+selling\s+prices?|quotas?|deliveries|supply|supplies|volumes|flows|arrivals|throughput|liftings|(?:loading\s+)?(?:programme|program|schedules?))\b`;

export const monthAttributive: TimePhrase = {
  group: 'amMonth',
  pattern: String.raw`(?:\bthe|\bits|\btheir|\bpreliminary|\bprovisional|(?<=\w['’])s)\s+(?<amMonth>${MONTHS})\s+${COUNTED}`,
  // The possessive form ("Iran's September output") is found from its "s", so it cannot be an
  // example found whole; test/extract/date-month-attributive.test.ts covers it.
  examples: ['the August OSP', 'its July crude exports', 'their October loading programme', 'provisional March loading schedule'],
  opens: ['the', 'its', 'their', 'preliminary', 'provisional', 's'].map((w) => String.raw`${w}\s+(?:${MONTHS})(?![a-z])`),
  spec: (g) => ({ type: 'month', month0: MONTH_NAMES.indexOf((g.amMonth ?? '').toLowerCase()), year: null, nearest: true }),
};
