// The before/after arithmetic on points already read, shared by the /api/compare route and the
// dashboard's in-memory test API so both count the same way.
import { dayWeightedMean, eventWindows, place, type Window } from '../series/periods';
import { observed } from './observed';
import type { CompareSide, CompareStraddler, Observation, ObservedPoint, Point } from './types';

function side(w: Window, observations: Observation[], points: ObservedPoint[]): CompareSide {
  const ids = new Set(observations.map((o) => o.id));
  const mine = points.filter((p) => ids.has(p.observation));
  return {
    from: w.from,
    to: w.to,
    mean: dayWeightedMean(observations),
    count: observations.length,
    reports: mine.length,
    documents: new Set(mine.map((p) => p.document.id)).size,
    observations,
    points: mine,
  };
}

/** Points are the series' level and derived reports from far enough back to reach the window. */
export function compareSides(
  found: readonly Point[],
  eventDate: string,
  window: number,
): { before: CompareSide; after: CompareSide; straddlers: CompareStraddler[]; change: number | null; percentChange: number | null } {
  const w = eventWindows(eventDate, window);
  const { points, observations } = observed(found);
  const before: Observation[] = [];
  const after: Observation[] = [];
  const straddlers: CompareStraddler[] = [];
  for (const o of observations) {
    const at = place(o, eventDate, w);
    if (at.side === 'before') before.push(o);
    else if (at.side === 'after') after.push(o);
    else if (at.side === 'straddles') straddlers.push({ observation: o, why: at.why, points: points.filter((p) => p.observation === o.id) });
  }
  const b = side(w.before, before, points);
  const a = side(w.after, after, points);
  const change = b.mean !== null && a.mean !== null ? a.mean - b.mean : null;
  const percentChange = change !== null && b.mean ? (100 * change) / b.mean : null;
  return { before: b, after: a, straddlers, change, percentChange };
}
