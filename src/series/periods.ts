// Period maths. A figure dated asOf..asOfTo (a month's average, a week's loadings) covers every
// day of that span: it is drawn as a step over those days, lies on one side of an event only when
// wholly inside it, and weighs in a mean by the days it covers. Dates are YYYY-MM-DD in UTC.

export interface Span {
  asOf: string;
  /** Last day covered; null for a figure of one day. */
  asOfTo: string | null;
}

const DAY_MS = 86_400_000;

export function dayNumber(date: string): number {
  return Date.parse(`${date}T00:00:00Z`) / DAY_MS;
}

export function fromDayNumber(n: number): string {
  return new Date(n * DAY_MS).toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  return fromDayNumber(dayNumber(date) + days);
}

export function lastDay(s: Span): string {
  return s.asOfTo && s.asOfTo > s.asOf ? s.asOfTo : s.asOf;
}

/** Days covered, both ends included: a day's figure 1, October's average 31. */
export function daysCovered(s: Span): number {
  return dayNumber(lastDay(s)) - dayNumber(s.asOf) + 1;
}

export interface Window {
  from: string;
  to: string;
}

/**
 * Two windows of `days` days each: before ends the day before the event, after starts on the
 * event's day. (Before, after ran one day longer than before.)
 */
export function eventWindows(eventDate: string, days: number): { before: Window; after: Window } {
  return {
    before: { from: addDays(eventDate, -days), to: addDays(eventDate, -1) },
    after: { from: eventDate, to: addDays(eventDate, days - 1) },
  };
}

export function overlaps(s: Span, w: Window): boolean {
  return s.asOf <= w.to && lastDay(s) >= w.from;
}

export function inside(s: Span, w: Window): boolean {
  return s.asOf >= w.from && lastDay(s) <= w.to;
}

export type Placement =
  | { side: 'before' | 'after' }
  | { side: 'straddles'; why: string }
  | { side: 'outside' };

/** Where a span falls against an event's two windows; a span counts on a side only wholly inside it. */
export function place(s: Span, eventDate: string, w: { before: Window; after: Window }): Placement {
  if (inside(s, w.before)) return { side: 'before' };
  if (inside(s, w.after)) return { side: 'after' };
  if (!overlaps(s, w.before) && !overlaps(s, w.after)) return { side: 'outside' };
  const span = `${s.asOf} to ${lastDay(s)}`;
  if (s.asOf < eventDate && lastDay(s) >= eventDate) return { side: 'straddles', why: `covers ${span}, across the event on ${eventDate}` };
  if (s.asOf < w.before.from) return { side: 'straddles', why: `covers ${span}, starting before the window opens on ${w.before.from}` };
  return { side: 'straddles', why: `covers ${span}, ending after the window closes on ${w.after.to}` };
}

export interface Weighted extends Span {
  value: number;
}

/** Mean weighted by days covered: October's average counts 31 times a day's figure. Null when empty. */
export function dayWeightedMean(items: readonly Weighted[]): number | null {
  let sum = 0;
  let days = 0;
  for (const it of items) {
    const d = daysCovered(it);
    sum += it.value * d;
    days += d;
  }
  return days ? sum / days : null;
}

export type Bucket = 'week' | 'month';

/** The bucket a day falls in: its month's first day, or the Monday of its ISO week. */
export function bucketStart(date: string, bucket: Bucket): string {
  if (bucket === 'month') return `${date.slice(0, 7)}-01`;
  const n = dayNumber(date);
  // 1970-01-01 was a Thursday: (n + 3) % 7 counts days since Monday.
  return fromDayNumber(n - ((((n + 3) % 7) + 7) % 7));
}

function bucketEnd(start: string, bucket: Bucket): string {
  if (bucket === 'week') return addDays(start, 6);
  const [y, m] = start.split('-').map(Number) as [number, number];
  return fromDayNumber(Date.UTC(y, m, 1) / DAY_MS - 1);
}

export interface BucketMean {
  from: string;
  to: string;
  mean: number;
  /** Observation-days the mean rests on. */
  days: number;
}

/**
 * Weekly or monthly means, each observation weighed by the days it covers inside the bucket: a
 * month's average spanning two weeks gives each week its value for the days in it.
 */
export function aggregate(items: readonly Weighted[], bucket: Bucket): BucketMean[] {
  const acc = new Map<string, { sum: number; days: number }>();
  for (const it of items) {
    const end = lastDay(it);
    for (let from = bucketStart(it.asOf, bucket); from <= end; from = addDays(bucketEnd(from, bucket), 1)) {
      const to = bucketEnd(from, bucket);
      const lo = it.asOf > from ? it.asOf : from;
      const hi = end < to ? end : to;
      const d = dayNumber(hi) - dayNumber(lo) + 1;
      const a = acc.get(from) ?? { sum: 0, days: 0 };
      a.sum += it.value * d;
      a.days += d;
      acc.set(from, a);
    }
  }
  return [...acc.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([from, a]) => ({ from, to: bucketEnd(from, bucket), mean: a.sum / a.days, days: a.days }));
}
