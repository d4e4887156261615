// A year written before what it counts or plans: "the company's 2025 guidance range", "its 2024
// output", "the 2030 production target", "their 2026 capex". It labels the figure's year as "in
// 2025" would; like month-attributive.ts it opens at the determiner or the possessive's "s".
// Budgets are left to budget-year.ts, which reads the whole sentence they set, and "their 2023
// average" to the comparison it usually is ("150,000 bpd below their 2023 average").
import type { TimePhrase } from './phrase';

const COUNTED = String.raw`(?:(?:crude\s+|oil\s+)?(?:output|production|exports|sales|volumes?)(?:\s+(?:guidance|targets?|forecasts?|plans?|goals?))?|guidance|targets?|forecasts?|outlook|capex|capital\s+(?:expenditure|spending))\b`;

export const yearAttributive: TimePhrase = {
  group: 'ayYear',
  pattern: String.raw`(?:\bthe|\bits|\btheir|\bour|(?<=\w['’])s)\s+(?<ayYear>(?:19|20)\d{2})\s+${COUNTED}`,
  // The possessive form ("the company's 2025 guidance") opens at its "s", so it is tested in
  // test/extract/dates-year-attributive.test.ts rather than found whole here.
  examples: ['the 2030 production target', 'its 2025 guidance', 'their 2024 output', 'our 2026 capex'],
  opens: ['the', 'its', 'their', 'our', 's'].map((w) => String.raw`${w}\s+(?:19|20)\d\d\s`),
  spec: (g) => ({ type: 'year', year: Number(g.ayYear) }),
};
