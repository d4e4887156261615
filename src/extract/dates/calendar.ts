// Calendar arithmetic on YYYY-MM-DD strings, via date-fns. Dates are built and formatted in the
// same (local) zone, so results do not depend on the machine's zone.
import { addDays, addMonths, endOfMonth, format, getDay, startOfMonth, startOfWeek, subDays } from 'date-fns';

export type Ymd = string;

export function toDate(ymd: Ymd): Date {
  const [y, m, d] = ymd.split('-').map(Number);
  return new Date(y ?? 1970, (m ?? 1) - 1, d ?? 1);
}

export const ymd = (d: Date): Ymd => format(d, 'yyyy-MM-dd');
export const plusDays = (s: Ymd, n: number): Ymd => ymd(addDays(toDate(s), n));
export const minusDays = (s: Ymd, n: number): Ymd => ymd(subDays(toDate(s), n));

/** The most recent given weekday (0 = Sunday) on or before `ref`: news reports the past. */
export function weekdayOnOrBefore(ref: Ymd, weekday: number): Ymd {
  const d = toDate(ref);
  return ymd(subDays(d, (getDay(d) - weekday + 7) % 7));
}

/** Monday of the week holding `ref` (weeks run Monday to Sunday, as in wire copy). */
export const mondayOf = (ref: Ymd): Ymd => ymd(startOfWeek(toDate(ref), { weekStartsOn: 1 }));

export function monthWindow(year: number, month0: number): { asOf: Ymd; asOfTo: Ymd } {
  const first = new Date(year, month0, 1);
  return { asOf: ymd(startOfMonth(first)), asOfTo: ymd(endOfMonth(first)) };
}

/** The month window `n` months from the one holding `ref` (n = -1: last month). */
export function monthFrom(ref: Ymd, n: number): { asOf: Ymd; asOfTo: Ymd } {
  const d = addMonths(startOfMonth(toDate(ref)), n);
  return monthWindow(d.getFullYear(), d.getMonth());
}

/**
 * The year for a month named without one: the latest such month not after `ref` for past
 * figures, the next one not before it for plans and forecasts.
 */
export function yearForMonth(ref: Ymd, month0: number, future: boolean): number {
  const d = toDate(ref);
  const y = d.getFullYear();
  const m = d.getMonth();
  if (future) return month0 < m ? y + 1 : y;
  return month0 > m ? y - 1 : y;
}
