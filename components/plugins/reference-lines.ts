// Official reference series (the EIA's Brent spot price) drawn beside the news as a thin solid line
// with no markers, so they can never be taken for reports: they are not datasets, so hovering,
// keyboard stepping and decimation of the news points are untouched, and nothing of them is counted
// with the news. The value axis is widened to take them in.
import type { Chart, ChartType, Plugin, Scale } from 'chart.js';

export interface ReferenceLine {
  label: string;
  /** Time-axis x (ms) and value, in date order. */
  points: { x: number; y: number }[];
}

export interface ReferenceLinesOptions {
  lines: ReferenceLine[];
  /** One muted colour for every reference: they are the backdrop, the news are the subject. */
  lineColor: string;
  textColor: string;
  background: string;
}

declare module 'chart.js' {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- the declaration must repeat chart.js's type parameter
  interface PluginOptionsByType<TType extends ChartType> {
    referenceLines?: Partial<ReferenceLinesOptions>;
  }
}

/** What each chart last drew, in CSS pixels (read by the browser tests). */
export const drawnReferenceLines = new WeakMap<Chart, { label: string; segments: number }[]>();

export const referenceLines: Plugin = {
  id: 'referenceLines',
  defaults: { lines: [], lineColor: '#57606a', textColor: '#1b1f24', background: 'rgba(255,255,255,0.85)' },
  afterDataLimits(chart: Chart, args: { scale: Scale }, options: ReferenceLinesOptions) {
    if (args.scale.axis !== 'y' || !options.lines?.length) return;
    const x = chart.options.scales?.['x'];
    const min = typeof x?.min === 'number' ? x.min : -Infinity;
    const max = typeof x?.max === 'number' ? x.max : Infinity;
    for (const line of options.lines) {
      for (const p of line.points) {
        if (p.x < min || p.x > max) continue;
        if (p.y < args.scale.min) args.scale.min = p.y;
        if (p.y > args.scale.max) args.scale.max = p.y;
      }
    }
  },
  // Under the news points: a report sitting on the record stays visible.
  beforeDatasetsDraw(chart: Chart, _args, options: ReferenceLinesOptions) {
    const drawn: { label: string; segments: number }[] = [];
    drawnReferenceLines.set(chart, drawn);
    const x = chart.scales['x'];
    const y = chart.scales['y'];
    if (!x || !y || !options.lines?.length) return;
    const { top, bottom, left, right } = chart.chartArea;
    const ctx = chart.ctx;
    ctx.save();
    ctx.beginPath();
    ctx.rect(left, top, right - left, bottom - top);
    ctx.clip();
    for (const line of options.lines) {
      ctx.strokeStyle = options.lineColor;
      ctx.lineWidth = 1.25;
      ctx.setLineDash([]);
      ctx.beginPath();
      let segments = 0;
      let last: { px: number; py: number } | null = null;
      for (const p of line.points) {
        const px = x.getPixelForValue(p.x);
        if (px < left - 50 || px > right + 50) continue;
        const py = y.getPixelForValue(p.y);
        if (last === null) ctx.moveTo(px, py);
        else {
          ctx.lineTo(px, py);
          segments++;
        }
        last = { px: Math.min(px, right), py };
      }
      ctx.stroke();
      drawn.push({ label: line.label, segments });
      if (last) {
        ctx.font = '11px system-ui, sans-serif';
        ctx.textBaseline = 'bottom';
        const w = ctx.measureText(line.label).width + 6;
        const lx = Math.max(left, last.px - w);
        const ly = Math.max(top + 14, last.py - 3);
        ctx.fillStyle = options.background;
        ctx.fillRect(lx, ly - 13, w, 13);
        ctx.fillStyle = options.textColor;
        ctx.fillText(line.label, lx + 3, ly);
      }
    }
    ctx.restore();
  },
};
