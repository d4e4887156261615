// GET /api/series/:id's answer written as text from the points' JSON that SQLite wrote
// (src/db/repo/point-texts.ts): the same bytes JSON.stringify writes of the SeriesResponse the
// route builds otherwise, without turning every point into objects and back into JSON.
import type { FigureKind } from '../extract/types';
import type { PointTexts } from '../db/repo/point-texts';
import type { SeriesSummary } from '../db/types';
import { observe } from '../series/observations';
import { aggregate, type Bucket } from '../series/periods';

/** Observations are grouped over every kind, then only those of the points shown are kept (as observed() does). */
export function seriesText(summary: SeriesSummary, found: PointTexts, kinds: readonly FigureKind[] | null | undefined, every: Bucket | null | undefined): string {
  const { observations, of } = observe(found.reports);
  const wanted = kinds?.length ? new Set(kinds) : null;
  const parts: string[] = [`{"series":${JSON.stringify(summary)},"points":[`];
  const shown = new Set<string>();
  let first = true;
  for (let i = 0; i < found.reports.length; i++) {
    const report = found.reports[i]!;
    if (wanted && !wanted.has(report.kind)) continue;
    const observation = of.get(report.id)!;
    shown.add(observation);
    parts.push(first ? '' : ',', found.texts[i]!, `,"observation":${JSON.stringify(observation)}}`);
    first = false;
  }
  const kept = observations.filter((o) => shown.has(o.id));
  parts.push(`],"observations":${JSON.stringify(kept)}`);
  // Levels only, as the route's general path: a change or a target averaged with levels would mean nothing.
  if (every) parts.push(`,"means":${JSON.stringify(aggregate(kept.filter((o) => o.kind === 'level' || o.kind === 'derived'), every))}`);
  parts.push('}');
  return parts.join('');
}
