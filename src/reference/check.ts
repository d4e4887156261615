// The truth check: a news figure against the reference series of its entity × measure × unit on
// the figure's date. Pure: the API (src/reference/attach.ts) and the bench (scripts/bench/check.ts)
// run the same code over values they read from the store or from data/reference.
//
// Which reference value a figure meets:
// - a figure of one day meets the daily series on that day, or on the nearest trading day within
//   three days (a price "on Saturday" is Friday's or Monday's close; ties go to the earlier day,
//   the close a weekend story reports); with no daily series, the monthly value of its month;
// - a figure over a whole calendar month ("averaged $62 in October") meets the monthly mean, else
//   the mean of the daily values inside the month; any other period meets the mean of the daily
//   values inside it;
// - only levels (kinds level and derived) are checked: a change or a target is not a price a
//   record could confirm; nor is a futures price named for a later delivery month than the front
//   one (contract-month.ts).
//
// Spot against futures: the EIA's series are spot prices; news usually quotes the front-month
// futures settlement and the extractor files "Brent futures" and "North Sea Brent" alike under
// Brent. We compare both with the spot series as they are: the gap is under a dollar or two on most
// days, which the 3 % band of `agrees` mostly absorbs at the prices of the last twenty years; a larger
// gap (a contract's expiry, April 2020) shows as `near` or `off`, which is what an analyst should look at.
import type { ReferenceFrequency } from '../db/schema-reference';
import { laterContract } from './contract-month';
import { addDays, dayNumber } from '../series/periods';

export const CHECK_STATUSES = ['agrees', 'near', 'off', 'no reference'] as const;
export type CheckStatus = (typeof CHECK_STATUSES)[number];

/** Within this many percent of the reference: `agrees`; beyond OFF_PCT: `off`; between: `near`. */
export const AGREE_PCT = 3;
export const OFF_PCT = 10;
/** A day-dated figure meets the nearest trading day at most this many days away. */
export const TRADING_DAY_REACH = 3;

export interface ReferenceCheck {
  /** The reference series' id (GET /api/references/{id}). */
  reference: string;
  /** Its label, e.g. "EIA Brent spot": what the evidence box names. */
  label: string;
  /** The day (or for a month, the month's first day) whose value was used; null with no value. */
  refDate: string | null;
  refValue: number | null;
  /** 100 × (figure − reference) / |reference|, rounded to 0.1; null with no value. */
  diffPct: number | null;
  status: CheckStatus;
}

/** One reference series' values in date order (a slice of it is enough: the dates a check needs). */
export interface ReferenceValues {
  id: string;
  label: string;
  /** The gazetteer entity it is about (brent, wti): decides which futures month is the front. */
  entity?: string;
  frequency: ReferenceFrequency;
  dates: string[];
  values: number[];
}

/** The references covering one entity × measure × unit. */
export interface ReferenceSet {
  daily?: ReferenceValues;
  monthly?: ReferenceValues;
}

export interface CheckedFigure {
  value: number;
  low: number | null;
  high: number | null;
  kind: string;
  asOf: string | null;
  asOfTo: string | null;
  /** The figure's sentence and its own words there: a later futures month named before them is not checked. */
  sentence?: string | null;
  text?: string | null;
}


/** Index of the first date ≥ `date`. */
function lowerBound(dates: readonly string[], date: string): number {
  let lo = 0;
  let hi = dates.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (dates[mid]! < date) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The value on `date`, else on the nearest day at most `reach` days away (ties: the earlier day). */
export function nearestValue(ref: ReferenceValues, date: string, reach = TRADING_DAY_REACH): { date: string; value: number } | null {
  const at = lowerBound(ref.dates, date);
  const day = dayNumber(date);
  let best: number | null = null;
  for (const i of [at - 1, at]) {
    const d = ref.dates[i];
    if (d === undefined) continue;
    const gap = Math.abs(dayNumber(d) - day);
    if (gap > reach) continue;
    if (best === null || gap < Math.abs(dayNumber(ref.dates[best]!) - day)) best = i;
  }
  return best === null ? null : { date: ref.dates[best]!, value: ref.values[best]! };
}

function monthValue(ref: ReferenceValues, month: string): { date: string; value: number } | null {
  const at = lowerBound(ref.dates, `${month}-01`);
  const d = ref.dates[at];
  return d !== undefined && d.startsWith(month) ? { date: `${month}-01`, value: ref.values[at]! } : null;
}

/** Mean of the values dated inside [from, to], or null when there are none. */
export function meanBetween(ref: ReferenceValues, from: string, to: string): number | null {
  let sum = 0;
  let n = 0;
  for (let i = lowerBound(ref.dates, from); i < ref.dates.length && ref.dates[i]! <= to; i++) {
    sum += ref.values[i]!;
    n++;
  }
  return n ? sum / n : null;
}

function isWholeMonth(from: string, to: string): boolean {
  return from.endsWith('-01') && from.slice(0, 7) === to.slice(0, 7) && addDays(to, 1).endsWith('-01');
}

function referenceValue(refs: ReferenceSet, from: string, to: string | null): { ref: ReferenceValues; date: string; value: number } | null {
  if (to === null || to === from) {
    if (refs.daily) {
      const hit = nearestValue(refs.daily, from);
      return hit && { ref: refs.daily, ...hit };
    }
    const hit = refs.monthly && monthValue(refs.monthly, from.slice(0, 7));
    return hit ? { ref: refs.monthly!, ...hit } : null;
  }
  if (refs.monthly && isWholeMonth(from, to)) {
    const hit = monthValue(refs.monthly, from.slice(0, 7));
    if (hit) return { ref: refs.monthly, ...hit };
  }
  const mean = refs.daily ? meanBetween(refs.daily, from, to) : null;
  return mean === null ? null : { ref: refs.daily!, date: from, value: mean };
}

export function statusOf(diffPct: number): CheckStatus {
  const size = Math.abs(diffPct);
  return size <= AGREE_PCT ? 'agrees' : size > OFF_PCT ? 'off' : 'near';
}

export function diffPercent(value: number, ref: number): number {
  if (ref === 0) return value === 0 ? 0 : Infinity * Math.sign(value);
  return (100 * (value - ref)) / Math.abs(ref);
}

/** The check of one figure, or null when it is not a level or not dated (nothing to compare). */
export function checkFigure(figure: CheckedFigure, refs: ReferenceSet): ReferenceCheck | null {
  if ((figure.kind !== 'level' && figure.kind !== 'derived') || figure.asOf === null) return null;
  const covering = refs.daily ?? refs.monthly;
  if (covering === undefined) return null;
  // "the July contract … $26.18" in April is not the spot price: not checked, like a change.
  if (covering.entity && figure.sentence && figure.text && laterContract(covering.entity, figure.sentence, figure.text, figure.asOf)) return null;
  const ref = referenceValue(refs, figure.asOf, figure.asOfTo);
  if (!ref) return { reference: covering.id, label: covering.label, refDate: null, refValue: null, diffPct: null, status: 'no reference' };
  // A stated range ("between $60 and $62") agrees when the record falls inside it.
  const inRange = figure.low !== null && figure.high !== null && figure.low <= ref.value && ref.value <= figure.high;
  const diff = inRange ? 0 : diffPercent(figure.value, ref.value);
  const rounded = Number.isFinite(diff) ? Math.round(diff * 10) / 10 : null;
  return {
    reference: ref.ref.id,
    label: ref.ref.label,
    refDate: ref.date,
    refValue: ref.value,
    diffPct: rounded,
    status: rounded === null ? 'off' : statusOf(diff),
  };
}
