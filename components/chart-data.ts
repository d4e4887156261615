// Turns API observations into chart.js datasets. Each observation is drawn once, however many
// articles repeat it (the evidence lists them); observations that disagree about the same period
// are both drawn, never averaged (the evidence lists them side by side). A figure over a period (a
// month, a week) is a step over its days, in a dataset of its own, so the line never joins it
// point-to-point with daily figures.
import type { ChartDataset, ScriptableContext } from 'chart.js';
import type { FigureKind, Unit } from '../src/extract/types';
import type { DocumentRef, SeriesSummary } from '../src/api/types';
import type { ChartObservation } from '../src/api/chart-view';
import type { BucketMean } from '../src/series/periods';
import { dayToTime, formatValue } from './format';
import { KIND_POINT_STYLE, seriesColor, seriesDash, seriesMarker, sourceColor, type AxisMode, type ChartTheme } from './chart-theme';
import { sourceKind, type SourceKind } from '../src/series/source-kind';

export interface SeriesData {
  summary: SeriesSummary;
  /** The observations shown (GET /api/chart-data), in date order. */
  observations: ChartObservation[];
  /** Weekly or monthly means (`every=`): drawn as the series' line instead. */
  means?: BucketMean[];
  /** The reference series that checked its reports, or null. */
  reference: string | null;
  /** The documents its observations name, by id (one map for the whole view). */
  documents: ReadonlyMap<number, DocumentRef>;
}

/** How a chart draws its values: the axis, and for an index the day that is 100. */
export interface DrawMode {
  axis: AxisMode;
  /** YYYY-MM-DD the index is 100 at (axis 'index'). */
  indexAt?: string | null;
  /** Series ids the legend has switched off. */
  hidden?: ReadonlySet<string>;
  /** Colour each point by the kind of its source; lines turn grey and keep their dash. */
  bySource?: boolean;
}

/** One drawn observation; for a weekly or monthly mean, the first observation inside its bucket. */
export interface ChartPoint {
  x: number;
  y: number;
  o: ChartObservation;
  /** The id of its series. */
  series: string;
  /** The weekly or monthly mean this point draws, when the view is by week or month. */
  mean?: BucketMean;
  /** The value as reported, when y is an index. */
  value?: number;
}

export type LineDataset = ChartDataset<'line', ChartPoint[]>;

/** Kinds that are levels of the series and so are joined by its line. */
const OBSERVED: readonly FigureKind[] = ['level', 'derived', 'share'];

/** Beyond this many points a series is drawn as a decimated line without point markers. */
export const DENSE = 2000;

const isPeriod = (o: ChartObservation) => o.asOfTo !== null && o.asOfTo !== o.asOf;

/**
 * An observation is drawn when its kind is chosen: `level` when any of its reports states it (a
 * derived level agreeing with a stated one is that level), so it follows the stated report.
 */
function toChartPoints(s: SeriesData, keep: (o: ChartObservation) => boolean): ChartPoint[] {
  const out: ChartPoint[] = [];
  for (const o of s.observations) if (keep(o)) out.push({ x: timeOf(o.asOf), y: o.value, o, series: s.summary.id });
  // The API sorts by asOf already; decimation needs sorted x, so make sure.
  out.sort((a, b) => a.x - b.x || (a.o.figures[0] ?? 0) - (b.o.figures[0] ?? 0));
  return out;
}

/** Days already turned into times: fifty series of one archive share a few thousand days. */
const TIMES = new Map<string, number>();

function timeOf(day: string): number {
  let t = TIMES.get(day);
  if (t === undefined) TIMES.set(day, (t = dayToTime(day)));
  return t;
}

/** The kind of source of the document of the report the point stands for. */
export function pointSource(s: Pick<SeriesData, 'documents'>, o: ChartObservation): SourceKind {
  return sourceKind(s.documents.get(o.documents[0] ?? -1)?.source);
}

function raw(ctx: ScriptableContext<'line'>): ChartPoint | undefined {
  return ctx.raw as ChartPoint | undefined;
}

/** Each bucket's mean as a point at the bucket's first day, carrying an observation inside it for the evidence. */
function meanPoints(s: SeriesData, means: BucketMean[]): ChartPoint[] {
  const levels = s.observations.filter((o) => OBSERVED.includes(o.kind));
  let r = 0;
  const out: ChartPoint[] = [];
  for (const m of means) {
    while (r < levels.length && (levels[r]!.asOfTo ?? levels[r]!.asOf) < m.from) r++;
    const inside = r < levels.length && levels[r]!.asOf <= m.to ? levels[r] : undefined;
    const o = inside ?? levels[Math.min(r, levels.length - 1)];
    if (o) out.push({ x: dayToTime(m.from), y: m.mean, o, series: s.summary.id, mean: m });
  }
  return out;
}

/** The value an index divides by: the series' first value on or after the day, else its last before. */
export function indexBase(points: readonly ChartPoint[], at: number): number | null {
  const after = points.find((c) => c.x >= at && c.y !== 0);
  const before = [...points].reverse().find((c) => c.x < at && c.y !== 0);
  return (after ?? before)?.y ?? null;
}

function rescale(points: ChartPoint[], mode: DrawMode, base: number | null): ChartPoint[] {
  if (mode.axis === 'index') return base === null ? [] : points.map((c) => ({ ...c, value: c.y, y: (c.y / base) * 100 }));
  // A log axis has no place for zero or below (a change, a halted flow): those stay off it.
  if (mode.axis === 'log') return points.filter((c) => c.y > 0);
  return points;
}

/**
 * Datasets for the series of one chart (one measure and unit): per series its observed line (or
 * its weekly/monthly means), and, when those kinds are switched on, its changes and targets as
 * unconnected marks of their own. Each series has its own colour, dash and marker (chart-theme.ts).
 */
export function buildDatasets(
  series: SeriesData[],
  kinds: readonly FigureKind[],
  theme: ChartTheme,
  colorOf: (id: string) => number,
  mode: DrawMode = { axis: 'linear' },
): LineDataset[] {
  const datasets: LineDataset[] = [];
  const indexAt = mode.axis === 'index' && mode.indexAt ? dayToTime(mode.indexAt) : null;
  for (const s of series) {
    const index = colorOf(s.summary.id);
    const color = mode.bySource ? theme.muted : seriesColor(theme, index);
    const pointColor = mode.bySource
      ? (ctx: ScriptableContext<'line'>) => {
          const c = raw(ctx);
          return sourceColor(theme, c ? pointSource(s, c.o) : 'wire');
        }
      : color;
    const marker = seriesMarker(index);
    const hidden = mode.hidden?.has(s.summary.id) ?? false;
    const byMeans = s.means !== undefined;
    const rawObserved = byMeans
      ? meanPoints(s, s.means!)
      : toChartPoints(s, (o) => OBSERVED.includes(o.kind) && kinds.includes(o.kind) && !isPeriod(o));
    const rawPeriods = byMeans ? [] : toChartPoints(s, (o) => OBSERVED.includes(o.kind) && kinds.includes(o.kind) && isPeriod(o));
    const base = indexAt === null ? null : indexBase([...rawObserved, ...rawPeriods].sort((a, b) => a.x - b.x), indexAt);
    const observed = rescale(rawObserved, mode, base);
    const periods = rescale(rawPeriods, mode, base);
    const dense = observed.length > DENSE;
    const common = {
      parsing: false as const,
      normalized: true,
      indexAxis: 'x' as const,
      hidden,
      borderColor: color,
      backgroundColor: color,
      pointBorderColor: pointColor,
      pointBorderWidth: 2,
      pointHoverRadius: 7,
      pointHoverBorderWidth: 3,
      // Approximate figures are hollow; exact ones filled. A function only where needed: chart.js
      // shares one resolved style among all points when no option is scriptable, which with 50
      // series of 400 points each is most of the drawing time.
      pointBackgroundColor: s.observations.some((o) => o.approx)
        ? (ctx: ScriptableContext<'line'>) => (raw(ctx)?.o.approx ? theme.surface : typeof pointColor === 'string' ? pointColor : pointColor(ctx))
        : pointColor,
    };
    const base2 = { ...common, pointStyle: marker };
    datasets.push({
      ...base2,
      label: s.summary.label,
      data: observed,
      borderDash: seriesDash(index),
      borderWidth: 2,
      tension: 0,
      spanGaps: true,
      // A derived level is drawn smaller: the text only implies it.
      pointRadius: dense ? 0 : observed.some((c) => c.o.kind === 'derived' && !c.mean) ? (ctx: ScriptableContext<'line'>) => (raw(ctx)?.o.kind === 'derived' && !raw(ctx)?.mean ? 3 : 5) : 5,
      pointHitRadius: dense ? 4 : 8,
      // The line to a derived point is only implied by the text: dot it.
      ...(observed.some((c) => c.o.kind === 'derived' && !c.mean)
        ? {
            segment: {
              borderDash: (ctx: { p1: unknown }) => {
                const next = (ctx.p1 as { raw?: ChartPoint }).raw;
                return next?.o.kind === 'derived' && !next.mean ? [2, 4] : seriesDash(index);
              },
            },
          }
        : {}),
    });
    if (periods.length) {
      // Unconnected: the range-whiskers plugin draws each as a step over the days it covers.
      datasets.push({ ...base2, label: `${s.summary.label} — periods`, data: periods, showLine: false, pointRadius: 4, pointHitRadius: 8 });
    }
    // Changes and targets are not levels: no index or log of them.
    if (mode.axis !== 'linear') continue;
    for (const kind of ['change', 'target'] as const) {
      if (!kinds.includes(kind)) continue;
      const data = toChartPoints(s, (o) => o.kind === kind);
      if (!data.length) continue;
      datasets.push({
        ...common,
        pointStyle: KIND_POINT_STYLE[kind],
        label: `${s.summary.label} — ${kind === 'change' ? 'changes' : 'targets'}`,
        data,
        showLine: false,
        pointRadius: 6,
        pointHitRadius: 8,
      });
    }
  }
  return datasets;
}

/**
 * Per day on which observations of one series disagree (the API's judgement: values within 1 %
 * agree), every observation of that disagreement, the one that names the others first.
 */
export function conflictsOf(observations: readonly ChartObservation[]): Map<string, ChartObservation[]> {
  const byId = new Map(observations.map((o) => [o.id, o]));
  const out = new Map<string, ChartObservation[]>();
  for (const o of observations) {
    if (!o.disagrees.length || out.has(o.asOf)) continue;
    const group = [o, ...o.disagrees.map((id) => byId.get(id)).filter((d) => d !== undefined)];
    if (group.length > 1) out.set(o.asOf, group);
  }
  return out;
}

/** A sentence describing the chart for people who cannot see it (the canvas's text alternative). */
export function describeChart(series: SeriesData[], unit: Unit, events: { label: string; date: string }[]): string {
  const parts = series.map((s) => {
    const shown = s.observations;
    if (!shown.length) return `${s.summary.label}: no dated figures`;
    const [lo, hi] = minMax(shown.map((o) => o.value));
    let first = shown[0]!.asOf;
    let last = first;
    let reports = 0;
    for (const o of shown) {
      if (o.asOf < first) first = o.asOf;
      if (o.asOf > last) last = o.asOf;
      reports += o.figures.length;
    }
    const conflicts = conflictsOf(shown).size;
    const repeats = reports > shown.length ? ` (${reports} reports)` : '';
    return (
      `${s.summary.label}: ${shown.length} figure${shown.length === 1 ? '' : 's'}${repeats} from ${first} to ${last}, ` +
      `between ${formatValue(lo, unit)} and ${formatValue(hi, unit)}` +
      (conflicts ? `, ${conflicts} day${conflicts === 1 ? '' : 's'} with conflicting reports` : '')
    );
  });
  const ev = events.length ? ` Events marked: ${events.map((e) => `${e.label} (${e.date})`).join('; ')}.` : '';
  return `Trend chart in ${unit}. ${parts.join('. ')}.${ev} Use the table view for every figure.`;
}

/** Math.min(...xs) overflows the call stack on 100,000 values. */
function minMax(values: number[]): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of values) {
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  return [lo, hi];
}
