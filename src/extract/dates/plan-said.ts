// A plan is dated when it is made known. "Norland has agreed to exchange up to 35,000 bpd with Vesk, the
// minister said on Sunday": a target whose sentence has no time words but the day it was said
// holds from then, not from the day the story ran (said-in-month.ts does the same for reports;
// plan-start.ts, asked first, dates a plan by the day it starts when the article gives one). A
// month of saying is too loose to date a plan by: "said in March that exports would rise" is left
// to the story's other words.
import type { Candidate } from '../base/candidate';
import type { ExtractContext } from '../base/context';
import { DAY_SPECS, type Period, type TimeExpr } from './time-spec';

/** The day a target's own sentence says it was made known, when before publication; else null. */
export function planSaidOn(ctx: ExtractContext, f: Candidate, resolve: (t: TimeExpr) => Period | null): Period | null {
  // A facility's size ("its 180,000 bpd pipeline") is a fact of its time, not a plan made known.
  if (f.kind !== 'target' || !ctx.published || f.tags.includes('target:facility-size')) return null;
  const times = ctx.times(f.sentence);
  // Time words of its own (a deadline, a start) were the first pass's to read.
  if (times.some((t) => t.role !== 'speech')) return null;
  for (const t of times) {
    if (!DAY_SPECS.has(t.spec.type)) continue;
    const p = resolve(t);
    if (p && !p.asOfTo && p.asOf < ctx.published) return { asOf: p.asOf, asOfTo: null, tag: 'date:plan-said' };
  }
  return null;
}
