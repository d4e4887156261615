// "last week", "this month", "earlier this week" (or "in the week"), "the previous month", "next month's": a week
// or month counted from publication's. "next week" names nothing yet and is dropped.
import { word } from './words';
import type { TimePhrase } from './phrase';

export const relativePeriod: TimePhrase = {
  group: 'relPeriod',
  pattern: String.raw`\b(?<relPeriod>(?:earlier|later)\s+(?:this|in\s+the)\s+(?:week|month)|(?:last|this|next|the\s+previous|the\s+preceding|the\s+past)\s+(?:week|month))(?:['’]s)?\b`,
  examples: ['last week', 'this month', 'earlier this week', 'earlier in the week', 'later in the month', 'later this month', 'the previous month', "next month's", 'the past month'],
  opens: [...['earlier', 'later', 'next'].map(word), String.raw`last\s+(?:week|month)`, String.raw`this\s+(?:week|month)`, String.raw`the\s+(?:previous|preceding|past)`],
  spec: (g) => {
    const p = (g.relPeriod ?? '').toLowerCase().replace(/\s+/g, ' ');
    const which = p.startsWith('earlier') || p.startsWith('later') ? 'earlier-this' : /^(last|the previous|the preceding|the past)/.test(p) ? 'last' : p.startsWith('next') ? 'next' : 'this';
    if (p.endsWith('week')) return which === 'next' ? null : { type: 'week', which };
    return { type: 'month-rel', which };
  },
};
