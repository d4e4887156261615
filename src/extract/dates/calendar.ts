// Calendar arithmetic on YYYY-MM-DD strings, via date-fns. Dates are built and formatted in the
// same (local) zone, so results do not depend on the machine's zone.
import { addDays, endOfMonth, getDay, startOfWeek, subDays } from 'date-fns';

export type Ymd = string;

export function toDate(ymd: Ymd): Date {
  return new Date(Number(ymd.slice(0, 4)), Number(ymd.slice(5, 7)) - 1, Number(ymd.slice(8, 10)));
}

const pad = (n: number) => (n < 10 ? `0${n}` : String(n));
// date-fns' format() parses its pattern on every call; this runs once per figure, so by hand.
export const ymd = (d: Date): Ymd => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
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
  return { asOf: ymd(first), asOfTo: ymd(endOfMonth(first)) };
}

/** The month window `n` months from the one holding `ref` (n = -1: last month). */
export function monthFrom(ref: Ymd, n: number): { asOf: Ymd; asOfTo: Ymd } {
  const y = Number(ref.slice(0, 4));
  const m = Number(ref.slice(5, 7)) - 1 + n;
  return monthWindow(y + Math.floor(m / 12), ((m % 12) + 12) % 12);
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
