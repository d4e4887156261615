// The decision point of the date refiner: which of a figure's own time expressions dates it, or
// none (the later pass then dates it). The hand rules' pick stands where it is exact; otherwise
// the fitted model decides when USE_MODEL is on.
import type { Candidate } from '../../base/candidate';
import type { ExtractContext } from '../../base/context';
import { gap, looksAhead, optionFeatures } from './features';
import { dateModel, pickOption } from './model';
import { observerOf } from './observe';
import type { TimeOption, TimePick } from './options';

/** Whether the fitted model replaces the hand ranking (see the fit's leave-one-article-out report). */
export const USE_MODEL = false;

// "410,000 bpd in March": calendar words touching the figure leave nothing to weigh.
const TOUCHING = 4;
const CALENDAR = new Set(['date', 'month', 'quarter', 'year', 'week-to', 'months', 'by-month', 'half-month', 'ord-week']);

export function isExactPick(f: Candidate, o: TimeOption | undefined): boolean {
  return !!o && CALENDAR.has(o.t.spec.type) && gap(f, o) <= TOUCHING && o.t.start >= f.end;
}

export function chooseTime(ctx: ExtractContext, f: Candidate, options: readonly TimeOption[], hand: TimeOption | null): TimeOption | null {
  const observe = observerOf(ctx);
  if (!observe && (!USE_MODEL || options.length === 0)) return hand;
  const handPick: TimePick = hand ? options.findIndex((o) => o.t === hand.t) : null;
  const features = optionFeatures(ctx, f, options, looksAhead(ctx, f));
  const exact = isExactPick(f, handPick === null ? undefined : options[handPick]);
  const model: TimePick = exact ? handPick : pickOption(dateModel, features);
  observe?.({ ctx, figure: f, options, features, hand: handPick, model });
  if (!USE_MODEL || options.length === 0) return hand;
  return model === null ? null : (options[model] as TimeOption);
}
