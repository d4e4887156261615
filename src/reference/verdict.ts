// What the check says about the extractor (the bench part `check`): a price that does not agree
// with the record on the day the extractor gave it may agree on another day within a week — the
// value was read right and the date wrong — or nowhere near it, which is a value, unit or
// benchmark error (Brent read as WTI shows as agreeing with the other benchmark that day).
import { AGREE_PCT, checkFigure, diffPercent, nearestValue, type CheckedFigure, type ReferenceCheck, type ReferenceSet } from './check';
import { addDays } from '../series/periods';

export const DATE_ERROR_REACH = 7;

export type Verdict = 'agrees' | 'date error' | 'near' | 'off' | 'no reference';

export interface FigureVerdict {
  verdict: Verdict;
  check: ReferenceCheck;
  /** For a date error: the nearest day within a week whose value agrees. */
  agreesOn: string | null;
  /** For near/off: whether the other benchmark's record agrees on that day (a benchmark mix-up). */
  otherAgrees: boolean;
}

/** The nearest day within `reach` days (either side) whose daily value agrees with `value`, or null. */
export function agreeingDayNear(refs: ReferenceSet, value: number, date: string, reach = DATE_ERROR_REACH): string | null {
  if (!refs.daily) return null;
  for (let gap = 1; gap <= reach; gap++) {
    for (const day of [addDays(date, -gap), addDays(date, gap)]) {
      const hit = nearestValue(refs.daily, day, 0);
      if (hit && Math.abs(diffPercent(value, hit.value)) <= AGREE_PCT) return hit.date;
    }
  }
  return null;
}

export function verdictOf(figure: CheckedFigure, refs: ReferenceSet, other?: ReferenceSet): FigureVerdict | null {
  const check = checkFigure(figure, refs);
  if (!check) return null;
  const base = { check, agreesOn: null, otherAgrees: false };
  if (check.status === 'agrees' || check.status === 'no reference') return { ...base, verdict: check.status };
  const day = figure.asOfTo === null || figure.asOfTo === figure.asOf ? agreeingDayNear(refs, figure.value, figure.asOf!) : null;
  if (day) return { ...base, verdict: 'date error', agreesOn: day };
  const otherCheck = other ? checkFigure(figure, other) : null;
  return { ...base, verdict: check.status, otherAgrees: otherCheck?.status === 'agrees' };
}
