// Turns API observations into chart.js datasets. Each observation is drawn once, however many
// articles repeat it (the evidence lists them); observations that disagree about the same period
// are both drawn, never averaged (the evidence lists them side by side). A figure over a period (a
// month, a week) is a step over its days, in a dataset of its own, so the line never joins it
// point-to-point with daily figures.
import type { ChartDataset, ScriptableContext } from 'chart.js';
import type { FigureKind, Unit } from '../src/extract/types';
import type { Observation, Point, SeriesSummary } from '../src/api/types';
import type { BucketMean } from '../src/series/periods';
import { dayToTime, formatValue } from './format';
import { KIND_POINT_STYLE, seriesColor, seriesDash, seriesMarker, sourceColor, type AxisMode, type ChartTheme } from './chart-theme';
import { sourceKind } from '../src/series/source-kind';

export interface SeriesData {
  summary: SeriesSummary;
  /** The reports shown; with `observation` ids when they come from GET /api/series/:id. */
  points: (Point & { observation?: string })[];
  /** The series' observations; without them every report is drawn as its own observation. */
  observations?: Observation[];
  /** Weekly or monthly means (GET /api/series/:id?every=…): drawn as the series' line instead. */
  means?: BucketMean[];
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

/**
 * One drawn observation; `p` is its first shown report (for the tooltip, whiskers and document
 * view), `reports` all of its shown reports, `o` the observation when the API gave one.
 */
export interface ChartPoint {
  x: number;
  y: number;
  p: Point;
  reports: Point[];
  o: Observation | null;
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

const isPeriod = (p: Point) => p.asOfTo !== null && p.asOfTo !== p.asOf;

function toChartPoints(s: SeriesData, keep: (p: Point) => boolean): ChartPoint[] {
  const out: ChartPoint[] = [];
  const byId = s.observations ? new Map(s.observations.map((o) => [o.id, o])) : null;
  const drawn = new Map<string, ChartPoint>();
  for (const p of s.points) {
    if (p.asOf === null || !keep(p)) continue;
    const o = (p.observation !== undefined && byId?.get(p.observation)) || null;
    const seen = o && drawn.get(o.id);
    if (seen) {
      seen.reports.push(p);
      // A stated level agreeing with a derived one makes the observation stated: mark it so.
      if (seen.p.kind !== 'level' && p.kind === 'level') seen.p = p;
      continue;
    }
    const c: ChartPoint = { x: dayToTime(p.asOf), y: o ? o.value : p.value, p, reports: [p], o };
    if (o) drawn.set(o.id, c);
    out.push(c);
  }
  // The API sorts by asOf already; decimation needs sorted x, so make sure.
  out.sort((a, b) => a.x - b.x || a.p.id - b.p.id);
  return out;
}

function raw(ctx: ScriptableContext<'line'>): ChartPoint | undefined {
  return ctx.raw as ChartPoint | undefined;
}

/** Each bucket's mean as a point at the bucket's first day, carrying a report inside it for the evidence. */
function meanPoints(s: SeriesData, means: BucketMean[]): ChartPoint[] {
  const reports = s.points.filter((p) => p.asOf !== null && OBSERVED.includes(p.kind));
  let r = 0;
  const out: ChartPoint[] = [];
  for (const m of means) {
    while (r < reports.length && (reports[r]!.asOfTo ?? reports[r]!.asOf!) < m.from) r++;
    const inside: Point[] = [];
    for (let k = r; k < reports.length && reports[k]!.asOf! <= m.to; k++) inside.push(reports[k]!);
    const p = inside[0] ?? reports[Math.min(r, reports.length - 1)];
    if (p) out.push({ x: dayToTime(m.from), y: m.mean, p, reports: inside.length ? inside : [p], o: null, mean: m });
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
      ? (ctx: ScriptableContext<'line'>) => sourceColor(theme, sourceKind(raw(ctx)?.p.document.source))
      : color;
    const marker = seriesMarker(index);
    const hidden = mode.hidden?.has(s.summary.id) ?? false;
    const byMeans = s.means !== undefined;
    const rawObserved = byMeans
      ? meanPoints(s, s.means!)
      : toChartPoints(s, (p) => OBSERVED.includes(p.kind) && kinds.includes(p.kind) && !isPeriod(p));
    const rawPeriods = byMeans ? [] : toChartPoints(s, (p) => OBSERVED.includes(p.kind) && kinds.includes(p.kind) && isPeriod(p));
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
      pointBackgroundColor: s.points.some((p) => p.approx)
        ? (ctx: ScriptableContext<'line'>) => (raw(ctx)?.p.approx ? theme.surface : typeof pointColor === 'string' ? pointColor : pointColor(ctx))
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
      pointRadius: dense ? 0 : observed.some((c) => c.p.kind === 'derived' && !c.mean) ? (ctx: ScriptableContext<'line'>) => (raw(ctx)?.p.kind === 'derived' && !raw(ctx)?.mean ? 3 : 5) : 5,
      pointHitRadius: dense ? 4 : 8,
      // The line to a derived point is only implied by the text: dot it.
      ...(observed.some((c) => c.p.kind === 'derived' && !c.mean)
        ? {
            segment: {
              borderDash: (ctx: { p1: unknown }) => {
                const next = (ctx.p1 as { raw?: ChartPoint }).raw;
                return next?.p.kind === 'derived' && !next.mean ? [2, 4] : seriesDash(index);
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
      const data = toChartPoints(s, (p) => p.kind === kind);
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
 * Days on which one series has reports that disagree, with those reports. With observations, the
 * API's judgement (values within 1 % agree) decides; without, any two different values disagree.
 */
export function conflictsOf(points: Point[], observations?: Observation[]): Map<string, Point[]> {
  if (observations) {
    const out = new Map<string, Point[]>();
    const reportsOf = new Map<string, Point[]>();
    for (const p of points as (Point & { observation?: string })[]) {
      if (p.observation) (reportsOf.get(p.observation) ?? reportsOf.set(p.observation, []).get(p.observation)!).push(p);
    }
    for (const o of observations) {
      if (!o.disagrees.length || out.has(o.asOf)) continue;
      const group = [o.id, ...o.disagrees].flatMap((id) => reportsOf.get(id) ?? []);
      if (group.length > 1) out.set(o.asOf, group);
    }
    return out;
  }
  const byDay = new Map<string, Point[]>();
  for (const p of points) {
    if (p.asOf === null || !OBSERVED.includes(p.kind)) continue;
    const list = byDay.get(p.asOf);
    if (list) list.push(p);
    else byDay.set(p.asOf, [p]);
  }
  const out = new Map<string, Point[]>();
  for (const [day, list] of byDay) {
    if (new Set(list.map((p) => p.value)).size > 1) out.set(day, list);
  }
  return out;
}

/** A sentence describing the chart for people who cannot see it (the canvas's text alternative). */
export function describeChart(series: SeriesData[], unit: Unit, events: { label: string; date: string }[]): string {
  const parts = series.map((s) => {
    const dated = s.points.filter((p) => p.asOf !== null);
    if (!dated.length) return `${s.summary.label}: no dated figures`;
    const [lo, hi] = minMax(dated.map((p) => p.value));
    let first = dated[0]!.asOf!;
    let last = first;
    for (const p of dated) {
      if (p.asOf! < first) first = p.asOf!;
      if (p.asOf! > last) last = p.asOf!;
    }
    const conflicts = conflictsOf(dated, s.observations).size;
    const shown = s.observations ? new Set(dated.map((p) => (p as { observation?: string }).observation)).size : dated.length;
    const repeats = dated.length > shown ? ` (${dated.length} reports)` : '';
    return (
      `${s.summary.label}: ${shown} figure${shown === 1 ? '' : 's'}${repeats} from ${first} to ${last}, ` +
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
