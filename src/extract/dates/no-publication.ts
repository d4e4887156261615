// An article with no publication date anywhere: "last week" or "on Tuesday" cannot be placed, but
// "in 2021", "on March 3, 2022", "the first quarter of 2020" or "before the takeover" (a known
// event) can, so figures with such words of their own are still dated; the rest keep asOf null.
import { tag, type Candidate } from '../base/candidate';
import type { ExtractContext } from '../base/context';
import { articleEventPeriod } from './article-events';
import { resolveTime } from './resolve-time';
import { spillDay } from './spill-size';
import type { Period, TimeExpr, TimeSpec } from './time-spec';

/** The year a time phrase writes out, when it needs nothing else to be placed. */
function ownYear(spec: TimeSpec): number | null {
  switch (spec.type) {
    case 'year':
      return spec.year;
    case 'date':
      return spec.before ? null : spec.year;
    case 'month':
      return spec.last || spec.yearOffset !== undefined ? null : spec.year;
    case 'months':
    case 'quarter':
    case 'half-month':
    case 'ord-week':
      return spec.year;
    // "before the takeover": a known event's day (only where the article names its places).
    case 'event':
      return spec.before ? Number(spec.event.date.slice(0, 4)) : null;
    default:
      return null;
  }
}

/** Dates `f` by the first of its own time words that carry their year; true when it did. */
export function dateByOwnYear(f: Candidate, own: readonly TimeExpr[]): boolean {
  for (const t of own) {
    if (t.role !== 'time') continue;
    const year = ownYear(t.spec);
    if (year === null) continue;
    // Seen from the year's last day, the phrase's year is its own whatever the rule for undated ones.
    const p = resolveTime(t.spec, `${year}-12-31`);
    if (!p) continue;
    f.time = t;
    f.period = p;
    tag(f, p.tag);
    return true;
  }
  return false;
}

/** Time words placed only by the year they write out ("on Jan. 9, 2030"); null for the rest. */
function placedByOwnYear(t: TimeExpr): Period | null {
  const year = ownYear(t.spec);
  return year === null ? null : resolveTime(t.spec, `${year}-12-31`);
}

/**
 * "The line shut on Jan. 9, 2030. … Output was 480,000 bpd before the shutdown", "the spill
 * released 6,000 barrels": an event the article dates with a full date still dates the figures
 * that refer to it, publication day or not. True when it dated `f`.
 */
export function dateByArticleEvent(ctx: ExtractContext, f: Candidate, own: readonly TimeExpr[]): boolean {
  let p: Period | null = null;
  for (const t of own) {
    if (t.role !== 'speech' && t.spec.type === 'article-event' && (p = articleEventPeriod(ctx, t, placedByOwnYear))) break;
  }
  p ??= spillDay(ctx, f, placedByOwnYear);
  if (!p) return false;
  f.period = p;
  tag(f, p.tag);
  return true;
}
