// A sum run up since a start: "the blockade has cost an estimated $400m since the ports closed",
// "losses since March 2 exceed $1.1 billion", "exports since January total 90 million barrels".
// It holds on the day it was counted to, where a cumulative series plots it, not from its start:
// the day the article gives its data for ("as of Sunday"), else the day its own sentence's
// statement was made ("…, the company said on Saturday"), else the day the story ran (a statement
// elsewhere in the story may be another speaker's). A rate ("80,000 bpd offline since May 3") keeps its start.
import type { Candidate } from '../base/candidate';
import type { ExtractContext } from '../base/context';
import { asOfDay } from './as-of-day';
import { statementDay } from './statement-day';
import type { Period } from './time-spec';

/** Whether a figure is a total that grows with time: money or barrels, not a rate or a plan. */
export const isRunningTotal = (f: Candidate): boolean =>
  f.kind === 'level' && f.per === null && (f.unit === 'USD' || f.unit === 'IQD' || f.unit === 'bbl');

// "$400m since the ports closed a week ago", "$700 million in lost revenue so far".
const SINCE_AFTER = /^[^.;,]{0,40}?\b(?:since|so\s+far|to\s+date)\b/i;

/**
 * Where words right after a running total open its "since …" (or say "so far"): time words past
 * that point date the start, not the total. -1 when there are none.
 */
export function runningFrom(ctx: ExtractContext, f: Candidate): number {
  if (!isRunningTotal(f)) return -1;
  const m = SINCE_AFTER.exec(ctx.text.slice(f.end, f.end + 60));
  return m ? f.end + m[0].length : -1;
}

/** The day a running total was counted to. */
export function countedTo(ctx: ExtractContext, f: Candidate): Period {
  const day = asOfDay(ctx) ?? statementDay(ctx, f.sentence);
  return { asOf: day?.asOf ?? (ctx.published as string), asOfTo: null, tag: 'date:running-total' };
}
