// The vocabulary of time words: what a phrase names (TimeSpec), the part it plays (TimeRole),
// and the period it resolves to (Period). Finding is in time-expr.ts, resolving in resolve-time.ts.
import type { EventRef } from '../types';
import type { Ymd } from './calendar';

export interface Period {
  asOf: Ymd;
  asOfTo: Ymd | null;
  /** The rule that produced it, e.g. "date:weekday", "date:last-week", "date:before-event". */
  tag: string;
}

/**
 * - time: when the figure holds ("on Tuesday").
 * - base: the other end of a comparison ("from Monday's level", "from November").
 * - since: the start of a running period ("since Oct 17").
 * - speech: when something was said ("said on Tuesday"), never when a figure holds.
 */
export type TimeRole = 'time' | 'base' | 'since' | 'speech';

export type TimeSpec =
  | { type: 'weekday'; weekday: number; before: boolean; last?: boolean }
  | { type: 'relday'; days: number }
  | { type: 'weekend' }
  | { type: 'week'; which: 'last' | 'this' | 'earlier-this' }
  | { type: 'month-rel'; which: 'last' | 'this' | 'earlier-this' | 'next' }
  | { type: 'year-rel'; offset: number }
  | { type: 'rolling-week' }
  /** The `n` days, weeks, months or years up to publication ("the past three months"). */
  | { type: 'rolling'; unit: 'day' | 'week' | 'month' | 'year'; n: number }
  | { type: 'first-days'; days: number; month0: number }
  | { type: 'year-start' }
  /** A year from the day `text` ("the fiscal year, which began April 1"); `past`: the latest such day. */
  | { type: 'year-from'; text: string; past: boolean }
  // offset: a quarter counted from publication's ("last quarter": -1), q then unused.
  | { type: 'quarter'; q: number; year: number | null; offset?: number }
  | { type: 'earlier'; unit: 'week' | 'month' | 'year' }
  | { type: 'by-month'; month0: number; year: number | null }
  | { type: 'half-month'; half: 1 | 2; month0: number; year: number | null }
  | { type: 'ord-week'; ord: number; month0: number; year: number | null }
  /** `days` ending on `end`: 7 for "the week to Friday", 28 for "the four weeks to July 30". */
  | { type: 'week-to'; end: TimeSpec; days: number }
  /** `yearOffset`: the year counted from publication's ("March 25 last year" is -1). */
  | { type: 'date'; text: string; year: number | null; before: boolean; yearOffset?: number }
  /** `yearOffset`: the year counted from publication's ("December of last year" is -1). */
  | { type: 'month'; month0: number; year: number | null; nearest?: boolean; last?: boolean; end?: boolean; yearOffset?: number }
  /**
   * Whole months from `from0` to `to0` of one year ("the first half of 2023", "the first nine
   * months of the year", "January-March"); `to0` < `from0` runs over the new year. The year is
   * `year`, or publication's year plus `offset`, or (neither) the latest such span that has ended
   * by publication's month (the next one for plans).
   */
  | { type: 'months'; from0: number; to0: number; year: number | null; offset: number | null }
  /** A year, or the whole years from `year` to `to` ("between 2004 and 2015"). */
  | { type: 'year'; year: number; to?: number }
  /** "12 years ago", "three days ago": counted back from publication. */
  | { type: 'ago'; n: number; unit: 'year' | 'month' | 'week' | 'day' }
  | { type: 'event'; event: EventRef; before: boolean }
  /** "before the stoppage": an event dated by the article itself (article-events.ts). */
  | { type: 'article-event'; noun: string; before: boolean; /** "the March 2023 closure": YYYY-MM or YYYY. */ within?: string }
  | { type: 'end-of-year'; year: number | null }
  | { type: 'same-day' }
  /** "since then": from the last day the story named before it (since-then.ts); `before`: "before then", the day before it. */
  | { type: 'since-then'; before?: boolean }
  | { type: 'now' };

/** Time words that name one day ("on Tuesday", "Oct. 17", "yesterday"), as against a span. */
export const DAY_SPECS: ReadonlySet<TimeSpec['type']> = new Set(['date', 'weekday', 'relday']);

export interface TimeExpr {
  start: number;
  end: number;
  text: string;
  role: TimeRole;
  spec: TimeSpec;
  /** ", when …" follows: a figure inside that clause holds at this time (when-clause.ts). */
  opensWhen?: boolean;
}
