// Which series share a chart: those of one measure and unit (and period basis), so shares never
// sit on a "%" axis with percentage changes, and production never shares one with exports. A
// series with nothing of the chosen kinds but changes shows its changes rather than nothing.
import type { FigureKind, Unit } from '../src/extract/types';
import type { DocumentRef, Point, SeriesSummary } from '../src/api/types';
import type { SeriesData } from './chart-data';
import type { ViewData } from './view-data';

export interface ChartGroup {
  /** Stable id of the chart in the URL (log, index): measure and unit, e.g. "production-bbl-d". */
  key: string;
  unit: Unit;
  /** "production · bbl/d". */
  title: string;
  group: SeriesData[];
  /** Kinds drawn on this chart: the chosen ones, plus changes for series that have only those. */
  kinds: FigureKind[];
  /** Every shown report, in date order (the table view; empty when only the charts' answer was read). */
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

export function groupSeries(data: ViewData, kinds: readonly FigureKind[]): ChartGroup[] {
  const groups = new Map<string, ChartGroup>();
  const documents = new Map<number, DocumentRef>(data.charts.documents.map((d) => [d.id, d]));
  const reportsOf = new Map((data.reports ?? []).map((r) => [r.series.id, r.points]));
  for (const r of data.charts.series) {
    let own: FigureKind[] = [...kinds];
    let observations = r.observations.filter((o) => kinds.includes(o.kind));
    // "Iraq's exports fell 4 percent": a series of changes alone is still worth drawing.
    if (!observations.length && r.observations.some((o) => o.kind === 'change')) {
      observations = r.observations.filter((o) => o.kind === 'change');
      own = ['change'];
    }
    const key = chartKey(r.series);
    const g =
      groups.get(key) ??
      groups.set(key, { key, unit: r.series.unit, title: chartTitle(r.series), group: [], kinds: [], points: [], labels: {} }).get(key)!;
    g.group.push({ summary: r.series, observations, reference: r.reference, documents, ...(r.means ? { means: r.means } : {}) });
    for (const p of reportsOf.get(r.series.id) ?? []) if (p.asOf !== null && own.includes(p.kind)) g.points.push(p);
    for (const k of own) if (!g.kinds.includes(k)) g.kinds.push(k);
    g.labels[r.series.id] = r.series.label;
  }
  for (const g of groups.values()) {
    // Plain string comparison: localeCompare is far too slow for 100,000 dates.
    g.points.sort((a, b) => (a.asOf! < b.asOf! ? -1 : a.asOf! > b.asOf! ? 1 : a.id - b.id));
  }
  return [...groups.values()];
}
