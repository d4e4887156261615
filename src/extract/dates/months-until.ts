// "a cut of 2 million bpd for six months, until December 31", "output curbs for 3 months through
// the end of September": a span counted back from its end. The figure holds from the span's first
// month, not on its last day.
import type { ExtractContext } from '../base/context';
import { monthFrom } from './calendar';
import { COUNT_WORD, COUNT_WORDS } from './phrases/words';
import type { Period, TimeExpr } from './time-spec';

// Between the figure and the end date: "for 6 months, until", "over the next three months to".
const FOR_MONTHS_UNTIL = new RegExp(
  String.raw`^[^.;]{0,40}?\b(?:for|over)\s+(?:the\s+(?:next|following)\s+)?(\d{1,2}|${COUNT_WORD})\s+months?\s*,?\s*(?:until|till|to|through|ending(?:\s+on)?)\s+(?:the\s+end\s+of\s+|end-)?$`,
  'i',
);

/** The whole span "for N months, until <end>" names, when `t` is its end after figure end `at`. */
export function monthsUntil(ctx: ExtractContext, at: number, t: TimeExpr, end: Period): Period | null {
  if (t.start < at || t.start - at > 60) return null;
  // The time words may hold their preposition ("until December 31", "until the end of June").
  const prep = /^(?:until|till|through|to)\s+(?:the\s+end\s+of\s+|end-)?/i.exec(t.text)?.[0].length ?? 0;
  const m = FOR_MONTHS_UNTIL.exec(ctx.text.slice(at, t.start + prep));
  const count = m?.[1] ? (COUNT_WORDS[m[1].toLowerCase()] ?? Number(m[1])) : 0;
  if (!count) return null;
  const last = end.asOfTo ?? end.asOf;
  return { asOf: monthFrom(last, 1 - count).asOf, asOfTo: last, tag: 'date:months-until' };
}
