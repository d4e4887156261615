// Colours come from CSS custom properties (index.html sets light and dark values), read when a
// chart is built. Colour is never the only carrier of meaning: each series also gets its own dash
// pattern, and each kind of figure its own point shape.
import type { FigureKind } from '../src/extract/types';
import type { PointStyle } from 'chart.js';
import { formatTick } from './format';

export interface ChartTheme {
  text: string;
  muted: string;
  grid: string;
  event: string;
  surface: string;
  series: string[];
}

/** Okabe–Ito, distinguishable with the common colour-vision deficiencies. */
const FALLBACK_SERIES = ['#0072b2', '#d55e00', '#009e73', '#cc79a7', '#e69f00', '#56b4e9'];

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

/** Dash per series position: solid, dashed, dotted, dash-dot, long dash, dense dots. */
export const SERIES_DASH: number[][] = [[], [8, 4], [2, 3], [10, 3, 2, 3], [14, 5], [1, 2]];

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

/** The value axis both charts draw: from zero, with head room so the top point and its whisker are not cut. */
export function valueAxis(theme: ChartTheme, title: string | null) {
  return {
    beginAtZero: true,
    grace: '8%',
    ticks: { color: theme.muted, callback: (v: string | number) => formatTick(Number(v)) },
    grid: { color: theme.grid },
    title: { display: title !== null, text: title ?? '', color: theme.muted },
  };
}

