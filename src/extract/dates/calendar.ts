// Calendar arithmetic on YYYY-MM-DD strings. Dates become day numbers (days since 1970-01-01,
// through Date.UTC, which rolls an out-of-range month or day over like the Date constructor) and
// back by integer arithmetic: no time zone, so results do not depend on the machine's zone, and
// no Date objects (date-fns built and copied several for each time phrase resolved).
export type Ymd = string;

const pad = (n: number) => (n < 10 ? `0${n}` : String(n));
// date-fns' format() parses its pattern on every call; this runs once per figure, so by hand.
export const ymd = (d: Date): Ymd => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;

const DAY_MS = 86_400_000;
const dayNumberOf = (y: number, m0: number, d: number): number => Date.UTC(y, m0, d) / DAY_MS;
const dayNumber = (s: Ymd): number => dayNumberOf(Number(s.slice(0, 4)), Number(s.slice(5, 7)) - 1, Number(s.slice(8, 10)));

/**
 * The date of a day number as one number, year * 512 + month * 32 + day, which splits back
 * exactly for any year (civil_from_days, after Howard Hinnant's date algorithms); a number
 * rather than an object, as it runs per phrase.
 */
function civil(n: number): number {
  const z = n + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return (yoe + era * 400 + (m <= 2 ? 1 : 0)) * 512 + m * 32 + d;
}

function fromDayNumber(n: number): Ymd {
  const c = civil(n);
  const y = Math.floor(c / 512);
  const md = c - y * 512;
  // An unreadable date (NaN) reads "NaN-NaN-NaN", as Date formatting gave.
  return Number.isNaN(c) ? 'NaN-NaN-NaN' : `${y}-${pad(md >> 5)}-${pad(md & 31)}`;
}

/** The date `day` of month `month0` of `year`, rolling over like the Date constructor. */
export const dateOf = (year: number, month0: number, day: number): Ymd => fromDayNumber(dayNumberOf(year, month0, day));

/** The year of a date (read through the calendar, so "2017-02-30" is 2017-03-02 here too). */
export const yearOf = (s: Ymd): number => Math.floor(civil(dayNumber(s)) / 512);

/** 0 = Sunday; 1970-01-01 was a Thursday. */
const weekdayOf = (n: number): number => (((n + 4) % 7) + 7) % 7;

export const plusDays = (s: Ymd, n: number): Ymd => fromDayNumber(dayNumber(s) + n);
export const minusDays = (s: Ymd, n: number): Ymd => fromDayNumber(dayNumber(s) - n);

/**
 * The trading day before `s`: a Monday's previous close is Friday's, as markets do not settle
 * on Saturday or Sunday (holidays are not known here and are stepped over like any weekday).
 */
export function previousTradingDay(s: Ymd): Ymd {
  const n = dayNumber(s) - 1;
  const wd = weekdayOf(n);
  return fromDayNumber(wd === 0 ? n - 2 : wd === 6 ? n - 1 : n);
}

/** `s` itself on a weekday, else the Monday after: the first session that could trade on news of `s`. */
export function tradingDayOnOrAfter(s: Ymd): Ymd {
  const n = dayNumber(s);
  const wd = weekdayOf(n);
  return fromDayNumber(wd === 6 ? n + 2 : wd === 0 ? n + 1 : n);
}

/** The most recent given weekday (0 = Sunday) on or before `ref`: news reports the past. */
export function weekdayOnOrBefore(ref: Ymd, weekday: number): Ymd {
  const n = dayNumber(ref);
  return fromDayNumber(n - ((weekdayOf(n) - weekday + 7) % 7));
}

/** Monday of the week holding `ref` (weeks run Monday to Sunday, as in wire copy). */
export function mondayOf(ref: Ymd): Ymd {
  const n = dayNumber(ref);
  return fromDayNumber(n - ((weekdayOf(n) + 6) % 7));
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

export function monthWindow(year: number, month0: number): { asOf: Ymd; asOfTo: Ymd } {
  const y = year + Math.floor(month0 / 12);
  const m0 = month0 - Math.floor(month0 / 12) * 12;
  // Four-digit years, the only ones news names, by hand: a month window is built for most time
  // phrases. Others through day numbers, which roll over like the Date constructor.
  if (Number.isInteger(year) && Number.isInteger(month0) && year >= 1000 && y <= 9999) {
    const mm = pad(m0 + 1);
    return { asOf: `${y}-${mm}-01`, asOfTo: `${y}-${mm}-${m0 === 1 && isLeap(y) ? 29 : DAYS_IN_MONTH[m0]}` };
  }
  // Day 0 of the next month is the last day of this one.
  return { asOf: fromDayNumber(dayNumberOf(year, month0, 1)), asOfTo: fromDayNumber(dayNumberOf(year, month0 + 1, 0)) };
}

/** The month window `n` months from the one holding `ref` (n = -1: last month). */
export function monthFrom(ref: Ymd, n: number): { asOf: Ymd; asOfTo: Ymd } {
  const y = Number(ref.slice(0, 4));
  const m = Number(ref.slice(5, 7)) - 1 + n;
  return monthWindow(y + Math.floor(m / 12), ((m % 12) + 12) % 12);
}

/**
 * The year for a month named without one: the latest such month not after `ref` for past
 * figures, the next one not before it for plans and forecasts, except the month just ended: a
 * plan "in July and August" in a story of August 3 is running now, not next year's.
 */
export function yearForMonth(ref: Ymd, month0: number, future: boolean): number {
  const c = civil(dayNumber(ref));
  const y = Math.floor(c / 512);
  const m = Number.isNaN(c) ? NaN : ((c - y * 512) >> 5) - 1;
  if (future) return month0 < m - 1 ? y + 1 : y;
  return month0 > m ? y - 1 : y;
}
