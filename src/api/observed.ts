// Reports → observations for the JSON routes: group every kind (so an observation's id does not
// depend on the kinds asked for), then keep what the filter asked for.
import type { FigureKind } from '../extract/types';
import { observe } from '../series/observations';
import type { Observation, ObservedPoint, Point } from './types';

export function observed(
  points: readonly Point[],
  kinds?: readonly FigureKind[] | null,
): { points: ObservedPoint[]; observations: Observation[] } {
  const { observations, of } = observe(points);
  const wanted = kinds?.length ? new Set(kinds) : null;
  const kept = points
    .filter((p) => p.asOf !== null && (!wanted || wanted.has(p.kind)))
    .map((p) => ({ ...p, observation: of.get(p.id)! }));
  const shown = new Set(kept.map((p) => p.observation));
  return { points: kept, observations: observations.filter((o) => shown.has(o.id)) };
}
