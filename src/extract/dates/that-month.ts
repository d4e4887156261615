// "Total exports for the month came to 30 million barrels", "… 28 million barrels that month":
// the month meant is the one named last before those words, in this sentence or the few before.
import type { ExtractContext } from '../base/context';
import type { TimeExpr } from './time-spec';

const MONTH_WORD = /month/i;
const THAT_MONTH = /\b(?:(?:for|in|during|over|through(?:out)?)\s+the\s+(?:same\s+)?month|(?:that|the\s+same)\s+month)\b/gi;
// Words about a figure sit within a clause of it; wider would catch another figure's month.
const NEAR = 90;
const SENTENCES_BACK = 3;
// "exports averaged 3.6 million bpd in January, down from 3.73 million bpd in December": the
// month a comparison starts from is not the month a later "for the month" means.
// ("from" must lead to a figure: "earned $1.9 billion from crude sales in January" is a source.)
const COMPARED_FROM = /\b(?:(?:from|against|versus|compared\s+(?:with|to))\s+(?:about\s+|around\s+|some\s+)?\$?\d[\d,.]*[^,;]{0,30}|than\s*)$/i;

/** The month expression that "for the month" near `f` points back to, or null. */
export function thatMonth(ctx: ExtractContext, sentence: number, start: number, end: number): TimeExpr | null {
  const s = ctx.sentences[sentence];
  if (!s) return null;
  const from = Math.max(s.start, start - NEAR);
  const slice = ctx.text.slice(from, Math.min(s.end, end + NEAR));
  // Most windows never say "month": one scan for the word is cheaper than the alternation's.
  if (!MONTH_WORD.test(slice)) return null;
  THAT_MONTH.lastIndex = 0;
  const m = THAT_MONTH.exec(slice);
  if (!m) return null;
  const at = from + m.index;
  for (let k = sentence; k >= 0 && k >= sentence - SENTENCES_BACK; k--) {
    const times = ctx.times(k);
    for (let i = times.length - 1; i >= 0; i--) {
      const t = times[i] as TimeExpr;
      // "down 6% from April, when …, short of its quota for the month": "from April" is the
      // base of a change (its role), not the month reported on.
      if (t.end > at || t.role === 'speech' || t.role === 'base' || t.spec.type !== 'month') continue;
      if (COMPARED_FROM.test(ctx.text.slice(Math.max(0, t.start - 50), t.start))) continue;
      return t;
    }
  }
  return null;
}
