// chart.js's time scale steps and labels dates through an adapter. chartjs-adapter-date-fns brought
// forty date-fns functions, 11.7 KB gzip, an eighth of the dashboard's JavaScript; the charts
// only step local days, weeks, months, quarters and years (dayToTime's days) and label them with
// the few patterns of time-axis.ts, which this does by hand.
import { _adapters, type TimeUnit } from 'chart.js';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MS: Record<TimeUnit, number> = {
  millisecond: 1,
  second: 1e3,
  minute: 6e4,
  hour: 36e5,
  day: 864e5,
  week: 6048e5,
  month: 2_629_746e3,
  quarter: 7_889_238e3,
  year: 31_556_952e3,
};
const pad = (n: number) => String(n).padStart(2, '0');

/** The patterns' tokens: yyyy, MMM (Oct), MM, QQQ (Q4), dd, d, HH, mm. */
export function formatTime(t: number, pattern: string): string {
  const d = new Date(t);
  return pattern.replace(/yyyy|MMM|MM|QQQ|dd|d|HH|mm/g, (token) => {
    switch (token) {
      case 'yyyy': return String(d.getFullYear());
      case 'MMM': return MONTHS[d.getMonth()]!;
      case 'MM': return pad(d.getMonth() + 1);
      case 'QQQ': return `Q${Math.floor(d.getMonth() / 3) + 1}`;
      case 'dd': return pad(d.getDate());
      case 'd': return String(d.getDate());
      case 'HH': return pad(d.getHours());
      default: return pad(d.getMinutes());
    }
  });
}

function add(t: number, amount: number, unit: TimeUnit): number {
  const d = new Date(t);
  if (unit === 'day' || unit === 'week') d.setDate(d.getDate() + amount * (unit === 'week' ? 7 : 1));
  else if (unit === 'month' || unit === 'quarter') d.setMonth(d.getMonth() + amount * (unit === 'quarter' ? 3 : 1));
  else if (unit === 'year') d.setFullYear(d.getFullYear() + amount);
  else return t + amount * MS[unit];
  return d.getTime();
}

function startOf(t: number, unit: TimeUnit | 'isoWeek', weekday?: number | boolean): number {
  if (unit === 'millisecond' || unit === 'second' || unit === 'minute' || unit === 'hour') return t - (t % MS[unit]);
  const d = new Date(t);
  d.setHours(0, 0, 0, 0);
  // A week starts on Sunday, an ISO week on the given weekday (1 = Monday … 7 = Sunday).
  if (unit === 'week' || unit === 'isoWeek') d.setDate(d.getDate() - ((d.getDay() - (unit === 'isoWeek' ? Number(weekday) % 7 : 0) + 7) % 7));
  else if (unit === 'month') d.setDate(1);
  else if (unit === 'quarter') d.setMonth(d.getMonth() - (d.getMonth() % 3), 1);
  else if (unit === 'year') d.setMonth(0, 1);
  return d.getTime();
}

_adapters._date.override({
  formats: () => ({
    datetime: 'yyyy-MM-dd HH:mm', millisecond: 'HH:mm', second: 'HH:mm', minute: 'HH:mm', hour: 'HH:mm',
    day: 'MMM d', week: 'MMM d', month: 'MMM yyyy', quarter: 'QQQ yyyy', year: 'yyyy',
  }),
  parse: (value) => {
    const t = value instanceof Date ? value.getTime() : typeof value === 'string' ? Date.parse(value) : typeof value === 'number' ? value : NaN;
    return Number.isFinite(t) ? t : null;
  },
  format: formatTime,
  add,
  // Whole units between two times; months and years by their mean length, which is all the scale
  // needs it for (how many ticks fit).
  diff: (a, b, unit) => Math.trunc((a - b) / MS[unit]),
  startOf,
  endOf: (t, unit) => add(startOf(t, unit), 1, unit) - 1,
});
