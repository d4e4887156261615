// A stock is counted at a moment. "Commercial stocks fell by 2.4 million barrels to 402.7 million
// barrels in the week to March 8": the 402.7 million barrels were in the tanks on March 8,
// the week's last day, and the level the build started from was the previous week's last day;
// the build itself runs over the week (its first day). A flow counted over a week ("loaded 1.6
// million barrels last week") keeps the week.
import type { Candidate } from '../base/candidate';
import { leftOf } from '../base/clauses';
import type { ExtractContext } from '../base/context';
import { minusDays } from './calendar';
import type { Period, TimeExpr } from './time-spec';

const STOCK = /\b(?:stocks?|inventor(?:y|ies)|stockpiles?|storage|reserves?|tanks)\b/i;
const WEEK_TYPES = new Set(['week-to', 'week', 'rolling-week']);
const DAY_MS = 86_400_000;

/** The last day of the week an undated-by-day stock level was reported for, or null. */
export function stockAtWeekEnd(ctx: ExtractContext, f: Candidate): Period | null {
  const p = f.period;
  if (f.kind !== 'level' || f.unit !== 'bbl' || f.per !== null || !p?.asOfTo || !f.time || !WEEK_TYPES.has(f.time.spec.type)) return null;
  if ((Date.parse(p.asOfTo) - Date.parse(p.asOf)) / DAY_MS !== 6) return null;
  const s = ctx.sentences[f.sentence];
  if (!s || !STOCK.test(ctx.text.slice(s.start, f.start)) && !STOCK.test(leftOf(ctx, f.start, 80))) return null;
  return { asOf: p.asOfTo, asOfTo: null, tag: 'date:stock-at-week-end' };
}

/** The base of a build or draw into a week-end stock: the previous week's last day. */
export function previousWeekEnd(ctx: ExtractContext, change: Candidate, end: Period): TimeExpr {
  const day = minusDays(end.asOf, 7);
  return { start: change.start, end: change.end, text: ctx.text.slice(change.start, change.end), role: 'base', spec: { type: 'date', text: day, year: Number(day.slice(0, 4)), before: false } };
}
