// Time words a figure does not own but that may still date it, offered to the model next to
// "none" when the figure has no own options: the nearest few of its sentence (owned by another
// figure, or naming when something was said) and of the sentence before. A bounded number each,
// found by binary search, so a run-on sentence costs no more per figure.
import type { Candidate } from '../../base/candidate';
import type { ExtractContext } from '../../base/context';
import { resolveTimeUnmemoised } from '../resolve-time';
import type { TimeExpr } from '../time-expr';
import type { TimeOption } from './options';

const PER_SIDE = 2;

// Events and "since then" are placed from the article by the refiner's own resolver; here they
// are left out rather than resolved a second way.
const SKIP = new Set(['article-event', 'since-then', 'same-day', 'earlier']);

function nearestTimes(times: readonly TimeExpr[], at: number): TimeExpr[] {
  let lo = 0;
  let hi = times.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((times[mid] as TimeExpr).start < at) lo = mid + 1;
    else hi = mid;
  }
  return times.slice(Math.max(0, lo - PER_SIDE), lo + PER_SIDE);
}

export function reachedOptions(ctx: ExtractContext, f: Candidate, own: readonly TimeOption[]): TimeOption[] {
  if (!ctx.published || own.length) return [];
  const out: TimeOption[] = [];
  const add = (t: TimeExpr, from: TimeOption['from']) => {
    if (t.role === 'base' || SKIP.has(t.spec.type) || (t.start < f.end && t.end > f.start)) return;
    const p = resolveTimeUnmemoised(t.spec, ctx.published as string, false);
    if (p) out.push({ t, p, joined: false, from });
  };
  for (const t of nearestTimes(ctx.times(f.sentence), f.start)) add(t, 'sentence');
  if (f.sentence > 0) {
    const before = ctx.times(f.sentence - 1);
    for (const t of before.slice(-PER_SIDE)) add(t, 'previous');
  }
  return out;
}
