// Time words → periods, seen from the publication day. Weekdays, weeks, month-day dates and the
// choice of year are ours (test/extract/dates.test.ts shows what chrono-node answers instead);
// arithmetic in calendar.ts.
import { dateOf, minusDays, mondayOf, monthFrom, monthWindow, plusDays, weekdayOnOrBefore, yearForMonth, yearOf, type Ymd } from './calendar';
import type { Period, TimeSpec } from './time-spec';

const MONTH_PREFIXES = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const LONGEST_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * "Oct. 17", "October 17", "17 October", "2024-12-31" (time-expr.ts has matched the shape): the
 * month and day.
 * The year is chosen by the caller: news copy means the latest such day on or before publication
 * ("Nov. 26" in a January story is last November), not the nearest as chrono-node would.
 */
function monthDay(text: string): { month0: number; day: number } | null {
  const iso = /^\d{4}-(\d\d)-(\d\d)$/.exec(text);
  if (iso) return valid(Number(iso[1]) - 1, Number(iso[2]));
  const m = /([a-z]+)\.?\s+(\d{1,2})|(\d{1,2})\s+([a-z]+)/i.exec(text);
  if (!m) return null;
  const month0 = MONTH_PREFIXES.indexOf((m[1] ?? m[4] ?? '').slice(0, 3).toLowerCase());
  return valid(month0, Number(m[2] ?? m[3]));
}

function valid(month0: number, day: number): { month0: number; day: number } | null {
  return month0 >= 0 && month0 < 12 && day >= 1 && day <= (LONGEST_MONTH[month0] as number) ? { month0, day } : null;
}

const memo = new WeakMap<TimeSpec, Map<string, Period | null>>();

/** The period a time expression names, seen from `ref`; `future` for plans and forecasts. */
export function resolveTime(spec: TimeSpec, ref: Ymd, future = false): Period | null {
  let m = memo.get(spec);
  if (!m) {
    m = new Map();
    memo.set(spec, m);
  }
  const key = future ? `${ref}+` : ref;
  let p = m.get(key);
  if (p === undefined) {
    p = compute(spec, ref, future);
    m.set(key, p);
  }
  return p;
}

/**
 * resolveTime without its memo, for a caller that keeps its own: the date refiner memoises per
 * publication day and words, and each of its specs is fresh, so a memo here would only miss.
 */
export function resolveTimeUnmemoised(spec: TimeSpec, ref: Ymd, future: boolean): Period | null {
  return compute(spec, ref, future);
}

/** A month window as a period: written out, as a spread of the window costs more per phrase. */
const withTag = (w: { asOf: Ymd; asOfTo: Ymd }, tag: string): Period => ({ asOf: w.asOf, asOfTo: w.asOfTo, tag });

function compute(spec: TimeSpec, ref: Ymd, future: boolean): Period | null {
  switch (spec.type) {
    case 'weekday': {
      let day = weekdayOnOrBefore(ref, spec.weekday);
      // "last Tuesday" written on a Tuesday is a week back, not today.
      if (spec.last && day === ref) day = minusDays(ref, 7);
      return spec.before ? { asOf: minusDays(day, 1), asOfTo: null, tag: 'date:before-weekday' } : { asOf: day, asOfTo: null, tag: 'date:weekday' };
    }
    case 'relday':
      return { asOf: plusDays(ref, spec.days), asOfTo: null, tag: spec.days ? 'date:yesterday' : 'date:today' };
    case 'now':
    case 'same-day':
      return { asOf: ref, asOfTo: null, tag: 'date:now' };
    case 'weekend': {
      const sunday = weekdayOnOrBefore(ref, 0);
      const sat = minusDays(sunday, 1);
      return { asOf: sat, asOfTo: sunday, tag: 'date:weekend' };
    }
    case 'week': {
      const monday = mondayOf(ref);
      if (spec.which === 'last') return { asOf: minusDays(monday, 7), asOfTo: minusDays(monday, 1), tag: 'date:last-week' };
      return { asOf: monday, asOfTo: spec.which === 'earlier-this' ? minusDays(ref, 1) : ref, tag: 'date:this-week' };
    }
    case 'month-rel': {
      if (spec.which === 'last') return withTag(monthFrom(ref, -1), 'date:last-month');
      if (spec.which === 'next') return withTag(monthFrom(ref, 1), 'date:next-month');
      const w = monthFrom(ref, 0);
      if (spec.which === 'earlier-this') return { asOf: w.asOf, asOfTo: ref === w.asOf ? ref : minusDays(ref, 1), tag: 'date:earlier-this-month' };
      return { asOf: w.asOf, asOfTo: ref, tag: 'date:this-month' };
    }
    case 'week-to': {
      const end = resolveTime(spec.end, ref, future);
      return end ? { asOf: minusDays(end.asOf, spec.days - 1), asOfTo: end.asOf, tag: 'date:week-to' } : null;
    }
    case 'first-days': {
      const w = monthWindow(yearForMonth(ref, spec.month0, future), spec.month0);
      return { asOf: w.asOf, asOfTo: plusDays(w.asOf, spec.days - 1), tag: 'date:first-days' };
    }
    case 'year-from': {
      const first = compute({ type: 'date', text: spec.text, year: null, before: false }, ref, !spec.past);
      return first && { asOf: first.asOf, asOfTo: minusDays(dateOf(yearOf(first.asOf) + 1, Number(first.asOf.slice(5, 7)) - 1, Number(first.asOf.slice(8, 10))), 1), tag: 'date:year-from' };
    }
    case 'year-start':
      return { asOf: `${ref.slice(0, 4)}-01-01`, asOfTo: ref, tag: 'date:since-year-start' };
    case 'quarter': {
      if (spec.offset !== undefined) {
        const q0 = Math.floor((Number(ref.slice(5, 7)) - 1) / 3) + spec.offset;
        const year = Number(ref.slice(0, 4)) + Math.floor(q0 / 4);
        const from0 = ((q0 % 4) + 4) % 4 * 3;
        return { asOf: monthWindow(year, from0).asOf, asOfTo: monthWindow(year, from0 + 2).asOfTo, tag: 'date:quarter' };
      }
      const first = (spec.q - 1) * 3;
      // Without a year: the latest such quarter that has begun (the next one for plans).
      const year = spec.year ?? yearForMonth(ref, first, future);
      return { asOf: monthWindow(year, first).asOf, asOfTo: monthWindow(year, first + 2).asOfTo, tag: 'date:quarter' };
    }
    case 'rolling-week':
      return { asOf: minusDays(ref, 6), asOfTo: ref, tag: 'date:past-week' };
    case 'rolling':
      return { asOf: spanStart(ref, spec.unit, spec.n), asOfTo: ref, tag: 'date:past-span' };
    case 'earlier':
      // "a week earlier" in a story about the past week: the seven days before those.
      if (spec.unit === 'year') return { asOf: `${Number(ref.slice(0, 4)) - 1}${ref.slice(4)}`.replace(/-02-29$/, '-02-28'), asOfTo: null, tag: 'date:year-earlier' };
      return spec.unit === 'week'
        ? { asOf: minusDays(ref, 13), asOfTo: minusDays(ref, 7), tag: 'date:week-earlier' }
        : withTag(monthFrom(ref, -1), 'date:month-earlier');
    case 'by-month': {
      // "output had reached 600,000 bpd by September", told in November: a report of a month
      // already over (within half a year) is that month, not a deadline from the story's day.
      const refMonth = Number(ref.slice(5, 7)) - 1;
      const back = (refMonth - spec.month0 + 12) % 12;
      if (!future && spec.year === null && back >= 1 && back <= 6) return withTag(monthWindow(yearForMonth(ref, spec.month0, false), spec.month0), 'date:by-past-month');
      // A deadline: from when it was said to the end of that month.
      const w = monthWindow(spec.year ?? yearForMonth(ref, spec.month0, true), spec.month0);
      return { asOf: ref, asOfTo: w.asOfTo, tag: 'date:by-month' };
    }
    case 'half-month': {
      const w = monthWindow(spec.year ?? yearForMonth(ref, spec.month0, future), spec.month0);
      return spec.half === 1 ? { asOf: w.asOf, asOfTo: plusDays(w.asOf, 14), tag: 'date:half-month' } : { asOf: plusDays(w.asOf, 15), asOfTo: w.asOfTo, tag: 'date:half-month' };
    }
    case 'ord-week': {
      if (spec.month0 < 0) return null;
      const year = spec.year ?? yearForMonth(ref, spec.month0, future);
      const w = monthWindow(year, spec.month0);
      const startDay = spec.ord >= 5 ? minusDays(w.asOfTo, 6) : plusDays(w.asOf, 7 * (spec.ord - 1));
      return { asOf: startDay, asOfTo: plusDays(startDay, 6), tag: 'date:week-of-month' };
    }
    case 'date': {
      const md = monthDay(spec.text);
      if (!md) return null;
      const counted = spec.yearOffset !== undefined ? yearOf(ref) + spec.yearOffset : null;
      let year = spec.year ?? counted ?? yearForMonth(ref, md.month0, future);
      let day = dateOf(year, md.month0, md.day);
      // "Oct 25" in a story of Oct 20 is later this year only for plans; for facts it is last year's.
      if (!spec.year && counted === null && !future && day > ref) day = dateOf(--year, md.month0, md.day);
      return spec.before ? { asOf: minusDays(day, 1), asOfTo: null, tag: 'date:before-date' } : { asOf: day, asOfTo: null, tag: 'date:calendar' };
    }
    case 'months': {
      if (spec.from0 < 0 || spec.to0 < 0) return null;
      // A span over the new year ("November-February 2024") takes its year from its end.
      const wraps = spec.to0 < spec.from0;
      // With no year, a reported span is the latest that has ended by this month ("the first nine
      // months of the year" in April is last year's); a planned one the next that has not begun.
      const start = spec.year !== null ? spec.year - (wraps ? 1 : 0) : spec.offset !== null ? yearOf(ref) + spec.offset : future ? yearForMonth(ref, spec.from0, true) : yearForMonth(ref, spec.to0, false) - (wraps ? 1 : 0);
      return { asOf: monthWindow(start, spec.from0).asOf, asOfTo: monthWindow(wraps ? start + 1 : start, spec.to0).asOfTo, tag: 'date:months' };
    }
    case 'month': {
      if (spec.month0 < 0) return null;
      // "last December": the latest December before this month, never this month.
      if (spec.last) return withTag(monthWindow(yearForMonth(monthFrom(ref, -1).asOf, spec.month0, false), spec.month0), 'date:month');
      const refMonth = Number(ref.slice(5, 7)) - 1;
      const ahead = (spec.month0 - refMonth + 12) % 12;
      const near = spec.nearest && ahead > 0 && ahead <= 3;
      const year = spec.year ?? (spec.yearOffset !== undefined ? yearOf(ref) + spec.yearOffset : yearForMonth(ref, spec.month0, future || Boolean(near)));
      const w = monthWindow(year, spec.month0);
      if (spec.end) return { asOf: w.asOfTo ?? w.asOf, asOfTo: null, tag: 'date:month-end' };
      return withTag(w, 'date:month');
    }
    case 'year-rel': {
      const year = yearOf(ref) + spec.offset;
      return { asOf: `${year}-01-01`, asOfTo: `${year}-12-31`, tag: 'date:year' };
    }
    case 'year':
      return { asOf: `${spec.year}-01-01`, asOfTo: `${spec.to ?? spec.year}-12-31`, tag: spec.to ? 'date:years' : 'date:year' };
    case 'ago': {
      // A day, week or year back is that day; a month back is that month.
      if (spec.unit === 'month') return withTag(monthFrom(ref, -spec.n), 'date:ago');
      if (spec.unit === 'year') return { asOf: `${yearOf(ref) - spec.n}${ref.slice(4)}`.replace(/-02-29$/, '-02-28'), asOfTo: null, tag: 'date:ago' };
      return { asOf: minusDays(ref, spec.unit === 'week' ? 7 * spec.n : spec.n), asOfTo: null, tag: 'date:ago' };
    }
    case 'event':
      return spec.before
        ? { asOf: minusDays(spec.event.date, 1), asOfTo: null, tag: 'date:before-event' }
        : { asOf: spec.event.date, asOfTo: ref, tag: 'date:since-event' };
    case 'article-event':
    case 'since-then':
      // Only the article can date it (article-events.ts, since-then.ts, called by the date refiner).
      return null;
    case 'end-of-year': {
      const year = spec.year ?? yearOf(ref);
      return { asOf: ref, asOfTo: `${year}-12-31`, tag: 'date:by-end-of-year' };
    }
  }
}

/** The first day of the `n` units up to `ref`: the same day `n` months or years back (the month's last day when it has fewer). */
function spanStart(ref: string, unit: 'day' | 'week' | 'month' | 'year', n: number): string {
  if (unit === 'day') return minusDays(ref, n - 1);
  if (unit === 'week') return minusDays(ref, 7 * n - 1);
  const back = monthFrom(ref, unit === 'month' ? -n : -12 * n);
  const sameDay = `${back.asOf.slice(0, 8)}${ref.slice(8, 10)}`;
  return sameDay > back.asOfTo ? back.asOfTo : sameDay;
}
