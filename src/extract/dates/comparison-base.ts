// "rose 2 percent year-on-year to 11 million bpd": the level it rose from is the same period a
// year before, not the day or month before. Month-on-month is the month before, week-on-week
// ("up 5.2% for the week") the same day a week before. The words become
// the change's base time, so the derived earlier level is dated by them and points at them.
import { minusDays, monthFrom } from './calendar';
import type { Period, TimeExpr, TimeSpec } from './time-spec';

// The change's own period may stand between: "rose 3.5 percent in February from a year earlier".
// "down 8% from the same period a year earlier" is year-on-year too.
const AFTER = /^\s*,?\s*(?:(?:in|for)\s+[A-Z][a-z]+\.?(?:\s+\d{4})?,?\s+)?(?:on\s+an?\s+)?(?:(?<yoy>year[-\s]on[-\s]year|y\/y|from\s+a\s+year\s+(?:earlier|ago)|on\s+the\s+year|(?:from|against|compared\s+(?:with|to))\s+the\s+same\s+(?:month|period|quarter|week|time)\s+(?:of\s+)?(?:last\s+year|a\s+year\s+(?:earlier|ago|before)|the\s+(?:previous|prior)\s+year|the\s+year\s+before))|(?<mom>month[-\s]on[-\s]month|m\/m|from\s+a\s+month\s+(?:earlier|ago)|on\s+the\s+month)|(?<wow>week[-\s]on[-\s]week|w\/w|from\s+a\s+week\s+(?:earlier|ago)|(?:on|for|over)\s+the\s+week))(?:\s+basis)?\b/i;

/** The base time that comparison words right after a change name, or null. */
export function comparisonBase(text: string, end: number, period: Period): TimeExpr | null {
  const m = AFTER.exec(text.slice(end, end + 72));
  if (!m) return null;
  const spec = m.groups?.yoy ? yearBefore(period) : m.groups?.wow ? weekBefore(period) : monthBefore(period);
  if (!spec) return null;
  const start = end + m[0].length - m[0].trimStart().length;
  return { start, end: end + m[0].length, text: m[0].trim(), role: 'base', spec };
}

function parts(p: Period): { y: number; m0: number; d: number } {
  return { y: Number(p.asOf.slice(0, 4)), m0: Number(p.asOf.slice(5, 7)) - 1, d: Number(p.asOf.slice(8, 10)) };
}

function yearBefore(p: Period): TimeSpec | null {
  const { y, m0, d } = parts(p);
  if (!p.asOfTo) {
    const day = `${y - 1}-${p.asOf.slice(5, 7)}-${String(m0 === 1 && d === 29 ? 28 : d).padStart(2, '0')}`;
    return { type: 'date', text: day, year: y - 1, before: false };
  }
  if (p.asOf.endsWith('-01-01') && p.asOfTo.endsWith('-12-31') && p.asOfTo.startsWith(String(y))) return { type: 'year', year: y - 1 };
  const month = monthFrom(p.asOf, 0);
  if (month.asOf === p.asOf && month.asOfTo === p.asOfTo) return { type: 'month', month0: m0, year: y - 1 };
  const q = monthFrom(p.asOf, 2);
  if (d === 1 && m0 % 3 === 0 && q.asOfTo === p.asOfTo) return { type: 'quarter', q: m0 / 3 + 1, year: y - 1 };
  return null;
}

// "settled at $70.13 on Friday, up 5.2% for the week": from the same day a week before.
function weekBefore(p: Period): TimeSpec {
  const day = minusDays(p.asOf, 7);
  return { type: 'date', text: day, year: Number(day.slice(0, 4)), before: false };
}

function monthBefore(p: Period): TimeSpec {
  const prev = monthFrom(p.asOf, -1);
  return { type: 'month', month0: Number(prev.asOf.slice(5, 7)) - 1, year: Number(prev.asOf.slice(0, 4)) };
}

/**
 * "1.8 million bpd in March, up from 1.7 million bpd the month before": "a month/year/week
 * earlier" counts back from the period the sentence named, not from the publication day.
 */
export function earlierThan(anchor: Period, unit: 'day' | 'week' | 'month' | 'year'): Period {
  if (unit === 'day') return { asOf: minusDays(anchor.asOf, 1), asOfTo: null, tag: 'date:day-earlier' };
  if (unit === 'week') return { asOf: minusDays(anchor.asOf, 7), asOfTo: anchor.asOfTo ? minusDays(anchor.asOfTo, 7) : null, tag: 'date:week-earlier' };
  if (unit === 'month') {
    const month = monthFrom(anchor.asOf, 0);
    if (anchor.asOfTo && month.asOf === anchor.asOf && month.asOfTo === anchor.asOfTo) return { ...monthFrom(anchor.asOf, -1), tag: 'date:month-earlier' };
    const prev = monthFrom(anchor.asOf, -1);
    const day = Math.min(Number(anchor.asOf.slice(8, 10)), Number(prev.asOfTo.slice(8, 10)));
    return { asOf: `${prev.asOf.slice(0, 8)}${String(day).padStart(2, '0')}`, asOfTo: null, tag: 'date:month-earlier' };
  }
  const back = (d: string) => `${Number(d.slice(0, 4)) - 1}${d.slice(4)}`.replace(/-02-29$/, '-02-28');
  return { asOf: back(anchor.asOf), asOfTo: anchor.asOfTo ? back(anchor.asOfTo) : null, tag: 'date:year-earlier' };
}
