// The size of a spill holds on the day of the spill. "The operator repaired a leak found on March 3
// … crews are still cleaning up the 2,500-barrel spill": a spill's barrels, written with no time
// words of their own, are dated by the day the article ties to a spill or leak before them
// (article-events.ts), not by the day the story ran.
import type { Candidate } from '../base/candidate';
import type { ExtractContext } from '../base/context';
import { articleEventPeriod } from './article-events';
import type { Period, TimeExpr } from './time-spec';

// "the 2,500-barrel spill", "5,000 barrels of oil leaked", "spilled some 3,000 barrels".
const SPILL_AFTER = /^(?:\s+of\s+(?:crude\s+)?oil)?[\s-]*(?:spill|leak|spilled|leaked)\b/i;
// "the spill released about 6,000 barrels": the spill as the subject of a verb of letting out.
const SPILLED_BEFORE = /\b(?:spilled|leaked|spilling|leaking|(?:spill|leak|rupture)s?\s+(?:released|spewed|discharged|dumped|let\s+out))\s+(?:(?:about|around|some|roughly|nearly|almost|an\s+estimated|more\s+than)\s+)?$/i;

/** The day of the spill an undated spill size measures, or null. */
export function spillDay(ctx: ExtractContext, f: Candidate, resolve: (t: TimeExpr) => Period | null): Period | null {
  if (f.unit !== 'bbl' || f.kind !== 'level') return null;
  const after = ctx.text.slice(f.end, f.end + 24);
  if (!SPILL_AFTER.test(after) && !SPILLED_BEFORE.test(ctx.text.slice(Math.max(0, f.start - 40), f.start))) return null;
  const probe: TimeExpr = { start: f.start, end: f.end, text: ctx.text.slice(f.start, f.end), role: 'time', spec: { type: 'article-event', noun: 'spill', before: false } };
  const p = articleEventPeriod(ctx, probe, resolve);
  return p ? { asOf: p.asOf, asOfTo: null, tag: 'date:spill-day' } : null;
}
