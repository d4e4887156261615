// chart.js's time scale steps and labels dates through an adapter. chartjs-adapter-date-fns brought
// forty date-fns functions, 11.7 KB gzip, an eighth of the dashboard's JavaScript; the charts
// only step local days, weeks, months, quarters and years (dayToTime's days) and label them with
// the few patterns of time-axis.ts, which this does by hand.
import { _adapters, type TimeUnit } from 'chart.js';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** Units of a fixed length; days and weeks only in local time (a DST day has 23 or 25 hours). */
const MS = { millisecond: 1, second: 1e3, minute: 6e4, hour: 36e5, day: 864e5, week: 6048e5 } as const;
type Fixed = keyof typeof MS;
const isFixed = (unit: string): unit is Fixed => unit in MS;
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
  else if (isFixed(unit)) return t + amount * MS[unit];
  return d.getTime();
}

/** Whole units from b to a (negative when a is earlier), a unit not yet complete not counted. */
function diff(a: number, b: number, unit: TimeUnit): number {
  if (unit === 'month' || unit === 'quarter' || unit === 'year') {
    const x = new Date(a);
    const y = new Date(b);
    let months = (x.getFullYear() - y.getFullYear()) * 12 + x.getMonth() - y.getMonth();
    if (months > 0 && add(b, months, 'month') > a) months--;
    else if (months < 0 && add(b, months, 'month') < a) months++;
    return Math.trunc(months / (unit === 'year' ? 12 : unit === 'quarter' ? 3 : 1));
  }
  // Days and weeks on the local calendar: the clock's offset taken out of both ends.
  const local = (t: number) => (unit === 'day' || unit === 'week' ? t - new Date(t).getTimezoneOffset() * 6e4 : t);
  return Math.trunc((local(a) - local(b)) / MS[unit]);
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

/** What chart.js asks of a date adapter, by hand (exported for its tests). */
export const dayAdapter = {
  formats: () => ({
    datetime: 'yyyy-MM-dd HH:mm', millisecond: 'HH:mm', second: 'HH:mm', minute: 'HH:mm', hour: 'HH:mm',
    day: 'MMM d', week: 'MMM d', month: 'MMM yyyy', quarter: 'QQQ yyyy', year: 'yyyy',
  }),
  parse: (value: unknown) => {
    const t = value instanceof Date ? value.getTime() : typeof value === 'string' ? Date.parse(value) : typeof value === 'number' ? value : NaN;
    return Number.isFinite(t) ? t : null;
  },
  format: formatTime,
  add,
  diff,
  startOf,
  endOf: (t: number, unit: TimeUnit) => add(startOf(t, unit), 1, unit) - 1,
} satisfies Parameters<typeof _adapters._date.override>[0];

_adapters._date.override(dayAdapter);
