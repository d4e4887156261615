// The light answer charts read (GET /api/chart-data): per observation what a chart draws and its
// hover names — date, value, kind, how many reports, their documents (so their sources), and the
// observations it disagrees with — and each document once per answer. The evidence (sentences,
// tags, attribution, reference checks, the figure's words) stays on the server until a point is
// opened (GET /api/chart-data/evidence). Over the 50 busiest archive series the full answers
// weighed 15.8 MB, three quarters of it that evidence and the document copied into every report.
// Pure: the route, and the browser tests' in-memory API, build the same answer from the same reports.
import type { CheckStatus } from '../reference/check';
import type { BucketMean } from '../series/periods';
import type { DocumentRef, Observation, ObservedPoint, Point, SeriesSummary } from './types';

/** An observation as a chart draws it: the observation's own fields, and its reports by id. */
export interface ChartObservation extends Pick<Observation, 'id' | 'kind' | 'value' | 'low' | 'high' | 'asOf' | 'asOfTo' | 'disagrees'> {
  /** Whether the report the chart stands for (the first stated level, else the first) is approximate. */
  approx: boolean;
  /** Its reports' figure ids, the one the chart stands for first, then ascending. */
  figures: number[];
  /** The document of each report, in the order of `figures`. */
  documents: number[];
  /** The reference check's status of each report, in the order of `figures`; absent when none was checked. */
  checks?: (CheckStatus | null)[];
}

export interface ChartSeries {
  series: SeriesSummary;
  /** The label of the reference series that checked its reports, or null when none covers it. */
  reference: string | null;
  observations: ChartObservation[];
  /** With `every=week|month`: as GET /api/series/:id gives them. */
  means?: BucketMean[];
}

export interface ChartDataResponse {
  /** In the order asked. */
  series: ChartSeries[];
  /** Every document the observations name, once. */
  documents: DocumentRef[];
}

export interface EvidenceResponse {
  /** The reports asked for, with their sentence, words, tags and document; ascending id. */
  points: Point[];
}

/** One series' observations as charts read them, from its reports grouped by `observed`. */
export function chartSeries(summary: SeriesSummary, points: readonly ObservedPoint[], observations: readonly Observation[]): ChartSeries {
  const reportsOf = new Map<string, ObservedPoint[]>();
  let reference: string | null = null;
  for (const p of points) {
    (reportsOf.get(p.observation) ?? reportsOf.set(p.observation, []).get(p.observation)!).push(p);
    if (p.check) reference ??= p.check.label;
  }
  return {
    series: summary,
    reference,
    observations: observations.map((o) => {
      // Sorted by id: the chart stands for the first stated level, as the full answer's first report did.
      const reports = (reportsOf.get(o.id) ?? []).sort((a, b) => a.id - b.id);
      const first = reports.find((r) => r.kind === 'level') ?? reports[0];
      const ordered = first ? [first, ...reports.filter((r) => r !== first)] : [];
      const out: ChartObservation = {
        id: o.id, kind: o.kind, value: o.value, low: o.low, high: o.high, asOf: o.asOf, asOfTo: o.asOfTo,
        approx: first?.approx ?? false,
        figures: ordered.map((r) => r.id),
        documents: ordered.map((r) => r.document.id),
        disagrees: o.disagrees,
      };
      if (ordered.some((r) => r.check)) out.checks = ordered.map((r) => r.check?.status ?? null);
      return out;
    }),
  };
}

/** The distinct documents of the reports, by id. */
export function documentsOf(points: Iterable<Point>): DocumentRef[] {
  const byId = new Map<number, DocumentRef>();
  for (const p of points) if (!byId.has(p.document.id)) byId.set(p.document.id, p.document);
  return [...byId.values()].sort((a, b) => a.id - b.id);
}
