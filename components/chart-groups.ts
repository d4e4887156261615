// Which series share a chart: those of one measure and unit (and period basis), so shares never
// sit on a "%" axis with percentage changes, and production never shares one with exports. A
// series with nothing of the chosen kinds but changes shows its changes rather than nothing.
import type { FigureKind, Unit } from '../src/extract/types';
import type { Point, SeriesResponse, SeriesSummary } from '../src/api/types';
import { keepSources, type SourceKind } from '../src/series/source-kind';
import type { SeriesData } from './chart-data';

export interface ChartGroup {
  /** Stable id of the chart in the URL (log, index): measure and unit, e.g. "production-bbl-d". */
  key: string;
  unit: Unit;
  /** "production · bbl/d". */
  title: string;
  group: SeriesData[];
  /** Kinds drawn on this chart: the chosen ones, plus changes for series that have only those. */
  kinds: FigureKind[];
  /** Every shown report, in date order (the table view). */
  points: Point[];
  labels: Record<string, string>;
}

export function chartKey(s: Pick<SeriesSummary, 'measure' | 'unit' | 'per'>): string {
  const unit = s.unit === '%' ? 'pct' : s.unit.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  return [s.measure, unit, s.per ? `per-${s.per}` : ''].filter(Boolean).join('-');
}

export function chartTitle(s: Pick<SeriesSummary, 'measure' | 'unit' | 'per'>): string {
  return `${s.measure} · ${s.unit}${s.per ? ` per ${s.per}` : ''}`;
}

export function groupSeries(data: SeriesResponse[], kinds: readonly FigureKind[], sources: readonly SourceKind[]): ChartGroup[] {
  const groups = new Map<string, ChartGroup>();
  for (const r of data) {
    const dated = keepSources(r.points.filter((p) => p.asOf !== null), sources);
    let points = dated.filter((p) => kinds.includes(p.kind));
    let own: FigureKind[] = [...kinds];
    // "Iraq's exports fell 4 percent": a series of changes alone is still worth drawing.
    if (!points.length && dated.some((p) => p.kind === 'change')) {
      points = dated.filter((p) => p.kind === 'change');
      own = ['change'];
    }
    const key = chartKey(r.series);
    const g =
      groups.get(key) ??
      groups.set(key, { key, unit: r.series.unit, title: chartTitle(r.series), group: [], kinds: [], points: [], labels: {} }).get(key)!;
    g.group.push({ summary: r.series, points, observations: r.observations, ...(r.means ? { means: r.means } : {}) });
    for (const k of own) if (!g.kinds.includes(k)) g.kinds.push(k);
    g.labels[r.series.id] = r.series.label;
  }
  for (const g of groups.values()) {
    // Plain string comparison: localeCompare is far too slow for 100,000 dates.
    g.points = g.group.flatMap((s) => s.points).sort((a, b) => (a.asOf! < b.asOf! ? -1 : a.asOf! > b.asOf! ? 1 : a.id - b.id));
  }
  return [...groups.values()];
}
