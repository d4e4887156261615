// The decision point of the date refiner: which of a figure's own time expressions dates it, or
// none (the later pass then dates it). The hand rules' pick stands where it is exact; otherwise
// the fitted model decides when USE_MODEL is on.
import type { Candidate } from '../../base/candidate';
import type { ExtractContext } from '../../base/context';
import { gap, looksAhead, optionFeatures } from './features';
import { dateModel, pickOption } from './model';
import { observerOf } from './observe';
import { reachedOptions } from './reach';
import type { TimeOption, TimePick } from './options';

/** Whether the fitted model replaces the hand ranking (see the fit's leave-one-article-out report). */
export const USE_MODEL = false;
/** Whether a figure without time words of its own is offered its neighbours' (reach.ts). */
export const REACH = true;

// "410,000 bpd in March": calendar words touching the figure leave nothing to weigh.
const TOUCHING = 4;
const CALENDAR = new Set(['date', 'month', 'quarter', 'year', 'week-to', 'months', 'by-month', 'half-month', 'ord-week']);

export function isExactPick(f: Candidate, o: TimeOption | undefined): boolean {
  return !!o && CALENDAR.has(o.t.spec.type) && gap(f, o) <= TOUCHING && o.t.start >= f.end;
}

export function chooseTime(ctx: ExtractContext, f: Candidate, own: readonly TimeOption[], hand: TimeOption | null): TimeOption | null {
  const observe = observerOf(ctx);
  if (!observe && !USE_MODEL) return hand;
  const handPick: TimePick = hand ? own.findIndex((o) => o.t === hand.t) : null;
  const options = REACH ? [...own, ...reachedOptions(ctx, f, own)] : own;
  if (!observe && options.length === 0) return hand;
  const features = optionFeatures(ctx, f, options, looksAhead(ctx, f));
  // The hand ranking's pick is one feature among the others: the model learns where to overrule it.
  (features[handPick ?? options.length] as string[]).push('hand');
  const exact = isExactPick(f, handPick === null ? undefined : options[handPick]);
  const model: TimePick = exact ? handPick : pickOption(dateModel, features);
  observe?.({ ctx, figure: f, options, features, hand: handPick, model });
  if (!USE_MODEL || options.length === 0) return hand;
  return model === null ? null : (options[model] as TimeOption);
}
