// Colours come from CSS custom properties (index.html sets light and dark values), read when a
// chart is built. Colour is never the only carrier of meaning: each series also gets its own dash
// pattern, and each kind of figure its own point shape.
import type { FigureKind } from '../src/extract/types';
import type { PointStyle } from 'chart.js';
import { formatTick } from './format';
import { SOURCE_KINDS, type SourceKind } from '../src/series/source-kind';

export interface ChartTheme {
  text: string;
  muted: string;
  grid: string;
  event: string;
  surface: string;
  series: string[];
}

/**
 * Twelve series colours: Okabe–Ito's six (distinguishable with the common colour-vision
 * deficiencies) then six of Paul Tol's muted set, darker or greyer so they do not pair with the
 * first six. Twelve hues cannot all stay apart for every eye, so each series also gets its own
 * (dash, marker) pair: 3 dashes × 4 markers, cycling together, repeat only after 12 series.
 * index.html overrides these through --fl-series-N, with lighter values in dark mode.
 */
const FALLBACK_SERIES = ['#0072b2', '#d55e00', '#009e73', '#cc79a7', '#b07c00', '#56b4e9', '#332288', '#882255', '#117733', '#999933', '#555555', '#cc6677'];
export const SERIES_SLOTS = FALLBACK_SERIES.length;

export function readTheme(el: Element): ChartTheme {
  const css = getComputedStyle(el);
  const v = (name: string, fallback: string) => css.getPropertyValue(name).trim() || fallback;
  return {
    text: v('--fl-text', '#1b1f24'),
    muted: v('--fl-muted', '#57606a'),
    grid: v('--fl-grid', 'rgba(0,0,0,0.1)'),
    event: v('--fl-event', '#8250df'),
    surface: v('--fl-surface', '#ffffff'),
    series: FALLBACK_SERIES.map((c, i) => v(`--fl-series-${i + 1}`, c)),
  };
}

/** Dash per series position (solid, dashed, dotted), cycling with the markers below. */
export const SERIES_DASH: number[][] = [[], [8, 4], [2, 3]];

/** Marker per series position for its stated levels; changes and targets keep their kind's mark. */
export const SERIES_MARKER: PointStyle[] = ['circle', 'rect', 'triangle', 'rectRot'];

export function seriesMarker(index: number): PointStyle {
  return SERIES_MARKER[index % SERIES_MARKER.length] ?? 'circle';
}

/** Colouring by source: the first four series colours (Okabe–Ito), one per kind of source. */
export function sourceColor(theme: ChartTheme, kind: SourceKind): string {
  return seriesColor(theme, SOURCE_KINDS.indexOf(kind));
}

export function seriesColor(theme: ChartTheme, index: number): string {
  return theme.series[index % theme.series.length] ?? '#0072b2';
}

export function seriesDash(index: number): number[] {
  return SERIES_DASH[index % SERIES_DASH.length] ?? [];
}

/** The point shape of each kind; approximate figures are drawn hollow on top of this. */
export const KIND_POINT_STYLE: Record<FigureKind, PointStyle> = {
  level: 'circle',
  derived: 'triangle',
  share: 'rectRot',
  change: 'star',
  target: 'crossRot',
};

export type AxisMode = 'linear' | 'log' | 'index';

/**
 * The value axis both charts draw: from zero, with head room so the top point and its whisker are
 * not cut. On a log axis there is no zero: it spans the data, so a 20,000 bpd field and OPEC's 32
 * million both show their movements.
 */
export function valueAxis(theme: ChartTheme, title: string | null, mode: AxisMode = 'linear') {
  if (mode === 'log') {
    return {
      type: 'logarithmic' as const,
      ticks: { color: theme.muted, callback: (v: string | number) => logTick(Number(v)) },
      grid: { color: theme.grid },
      title: { display: title !== null, text: title ?? '', color: theme.muted },
    };
  }
  return {
    type: 'linear' as const,
    // An index moves around 100: starting at zero would flatten it again.
    beginAtZero: mode !== 'index',
    grace: '8%',
    ticks: { color: theme.muted, callback: (v: string | number) => formatTick(Number(v)) },
    grid: { color: theme.grid },
    title: { display: title !== null, text: title ?? '', color: theme.muted },
  };
}

/** Log ticks only at 1, 2 and 5 × 10^n, so the labels do not pile up at the top of each decade. */
function logTick(value: number): string {
  const lead = value / 10 ** Math.floor(Math.log10(value));
  return [1, 2, 5].some((d) => Math.abs(lead - d) < 1e-6) ? formatTick(value) : '';
}

