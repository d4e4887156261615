// "the first week of March", "in the last week of June 2024", "final week of October": seven
// days counted into the month (the last and final weeks from its end).
import { MONTH_FULL, monthIndex, num } from './words';
import type { TimePhrase } from './phrase';

const ORDINALS: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, last: 5, final: 5 };
const ORD = 'first|second|third|fourth|last|final';

export const weekOfMonth: TimePhrase = {
  group: 'ord',
  pattern: String.raw`(?:\b(?:in\s+)?(?:the\s+)?(?<ord>${ORD})\s+week\s+of\s+(?<owMonth>${MONTH_FULL})(?:\s+(?<owYear>\d{4}))?)`,
  examples: ['the first week of March', 'in the last week of June 2024', 'final week of October', 'in second week of May'],
  opens: [
    String.raw`the\s+(?:${ORD})`,
    String.raw`in\s+the\s+(?:${ORD})`,
    String.raw`in\s+(?:${ORD})`,
    ...['first', 'second', 'third', 'fourth', 'final'].map((w) => String.raw`${w}\s+(?:week)`),
    String.raw`last\s+(?:week)`,
  ],
  spec: (g) => ({ type: 'ord-week', ord: ORDINALS[(g.ord ?? '').toLowerCase()] ?? 1, month0: monthIndex(g.owMonth ?? ''), year: num(g.owYear) }),
};
