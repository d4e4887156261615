// "The ministry said in March that exports had fallen to 800,000 bpd": a report whose only time
// words are the month it was made in holds in that month, not on the day the story ran (which may
// be months later). A day of speaking is statement-day.ts's: there the present tense decides.
import type { Candidate } from '../base/candidate';
import type { ExtractContext } from '../base/context';
import type { Period, TimeExpr } from './time-spec';

const MONTH_TYPES = new Set(['month', 'month-rel']);
const THAT_AFTER = /^\s*,?\s+that\b/i;

/** The month the figure's that-clause was said in, or null. */
export function saidInMonth(ctx: ExtractContext, f: Candidate, resolve: (t: TimeExpr) => Period | null): Period | null {
  if (f.kind === 'target') return null;
  for (const t of ctx.times(f.sentence)) {
    if (t.start >= f.start) break;
    if (t.role !== 'speech' || !MONTH_TYPES.has(t.spec.type) || !THAT_AFTER.test(ctx.text.slice(t.end, t.end + 8))) continue;
    const p = resolve(t);
    if (p?.asOfTo && ctx.published && p.asOfTo < ctx.published) return { asOf: p.asOf, asOfTo: p.asOfTo, tag: 'date:said-in-month' };
  }
  return null;
}
