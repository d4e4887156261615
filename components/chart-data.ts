// Turns API points into chart.js datasets. Every figure stays its own point: reports that disagree
// about the same day are both drawn, never averaged (the tooltip lists them side by side).
import type { ChartDataset, ScriptableContext } from 'chart.js';
import type { FigureKind, Unit } from '../src/extract/types';
import type { Point, SeriesSummary } from '../src/api/types';
import { dayToTime, formatValue } from './format';
import { KIND_POINT_STYLE, seriesColor, seriesDash, type ChartTheme } from './chart-theme';

export interface SeriesData {
  summary: SeriesSummary;
  points: Point[];
}

/** One drawn point; `p` keeps the whole API point for the tooltip, whiskers and document view. */
export interface ChartPoint {
  x: number;
  y: number;
  p: Point;
}

export type LineDataset = ChartDataset<'line', ChartPoint[]>;

/** Kinds that are levels of the series and so are joined by its line. */
const OBSERVED: readonly FigureKind[] = ['level', 'derived', 'share'];

/** Beyond this many points a series is drawn as a decimated line without point markers. */
export const DENSE = 2000;

function toChartPoints(points: Point[], keep: (p: Point) => boolean): ChartPoint[] {
  const out: ChartPoint[] = [];
  for (const p of points) {
    if (p.asOf !== null && keep(p)) out.push({ x: dayToTime(p.asOf), y: p.value, p });
  }
  // The API sorts by asOf already; decimation needs sorted x, so make sure.
  out.sort((a, b) => a.x - b.x || a.p.id - b.p.id);
  return out;
}

function raw(ctx: ScriptableContext<'line'>): ChartPoint | undefined {
  return ctx.raw as ChartPoint | undefined;
}

/**
 * Datasets for the series of one unit: per series its observed line, and, when those kinds are
 * switched on, its changes and targets as unconnected marks of their own.
 */
export function buildDatasets(series: SeriesData[], kinds: readonly FigureKind[], theme: ChartTheme, colorOf: (id: string) => number): LineDataset[] {
  const datasets: LineDataset[] = [];
  for (const s of series) {
    const index = colorOf(s.summary.id);
    const color = seriesColor(theme, index);
    const observed = toChartPoints(s.points, (p) => OBSERVED.includes(p.kind) && kinds.includes(p.kind));
    const dense = observed.length > DENSE;
    const base = {
      parsing: false as const,
      normalized: true,
      indexAxis: 'x' as const,
      borderColor: color,
      backgroundColor: color,
      pointBorderColor: color,
      pointBorderWidth: 2,
      pointHoverRadius: 7,
      pointHoverBorderWidth: 3,
      // Approximate figures are hollow; exact ones filled.
      pointBackgroundColor: (ctx: ScriptableContext<'line'>) => (raw(ctx)?.p.approx ? theme.surface : color),
      pointStyle: (ctx: ScriptableContext<'line'>) => KIND_POINT_STYLE[raw(ctx)?.p.kind ?? 'level'],
    };
    datasets.push({
      ...base,
      label: s.summary.label,
      data: observed,
      borderDash: seriesDash(index),
      borderWidth: 2,
      tension: 0,
      spanGaps: true,
      pointRadius: dense ? 0 : 5,
      pointHitRadius: dense ? 4 : 8,
      // The line to a derived point is only implied by the text: dot it.
      segment: {
        borderDash: (ctx) => {
          const next = (ctx.p1 as unknown as { raw?: ChartPoint }).raw;
          return next?.p.kind === 'derived' ? [2, 4] : seriesDash(index);
        },
      },
    });
    for (const kind of ['change', 'target'] as const) {
      if (!kinds.includes(kind)) continue;
      const data = toChartPoints(s.points, (p) => p.kind === kind);
      if (!data.length) continue;
      datasets.push({
        ...base,
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

/** Days on which one series has reports that disagree, with those reports. */
export function conflictsOf(points: Point[]): Map<string, Point[]> {
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
    const conflicts = conflictsOf(dated).size;
    return (
      `${s.summary.label}: ${dated.length} figure${dated.length === 1 ? '' : 's'} from ${first} to ${last}, ` +
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
