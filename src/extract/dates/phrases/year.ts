// "in 2017", "during the whole of 2019", "for the full year 2024", "since 2014", "as recently as
// 2021", "from 2020" (a comparison's base): a calendar year named by its number.
import { word } from './words';
import type { TimePhrase } from './phrase';

const WHOLE = 'whole|full|entire';

export const year: TimePhrase = {
  group: 'year',
  pattern: String.raw`\b(?:(?:for|in|during)\s+(?:the\s+)?(?:${WHOLE})(?:\s+year)?(?:\s+of)?|in|during|for|through|throughout|since|from|as\s+(?:recently|late|early)\s+as)\s+(?<year>(?:19|20)\d{2})\b(?!\s*(?:to|through|until|[-–])\s*(?:19|20)?\d{2})`,
  examples: ['in 2017', 'during the whole of 2019', 'for the full year 2024', 'since 2014', 'as recently as 2021', 'throughout 2020', 'in entire 2018', 'from 2020'],
  opens: [
    word('since'),
    String.raw`from\s+\d`,
    String.raw`in\s+(?:${WHOLE}|\d)`,
    String.raw`in\s+the\s+(?:${WHOLE})`,
    ...['for', 'during'].map((w) => String.raw`${w}\s+(?:the|${WHOLE}|\d)`),
    ...['through', 'throughout'].map((w) => String.raw`${w}\s+(?:\d)`),
    String.raw`as\s+(?:recently|late|early)\s+as`,
  ],
  spec: (g) => ({ type: 'year', year: Number(g.year) }),
  // "down 5.4% from 2020": the other end of a comparison (a span "from 2014 to 2018" is not one).
  role: ({ text }) => (/^since/i.test(text) ? 'since' : /^from/i.test(text) ? 'base' : 'time'),
};
