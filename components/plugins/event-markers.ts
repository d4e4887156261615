// Events (referendum, takeover, …) as labelled vertical lines across a time-axis chart. Labels are
// stacked in rows so close events do not print over each other.
import type { Chart, ChartType, Plugin } from 'chart.js';

export interface EventMarker {
  time: number;
  label: string;
}

export interface EventMarkersOptions {
  events: EventMarker[];
  color: string;
  textColor: string;
  background: string;
}

declare module 'chart.js' {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- the declaration must repeat chart.js's type parameter
  interface PluginOptionsByType<TType extends ChartType> {
    eventMarkers?: Partial<EventMarkersOptions>;
  }
}

/** The markers last drawn on each chart, in CSS pixels of its canvas (read by tests and benches). */
export const drawnMarkers = new WeakMap<Chart, { label: string; x: number }[]>();

export const eventMarkers: Plugin = {
  id: 'eventMarkers',
  defaults: { events: [], color: '#8250df', textColor: '#1b1f24', background: 'rgba(255,255,255,0.85)' },
  // Under the datasets: a label must never hide a point.
  beforeDatasetsDraw(chart: Chart, _args, options: EventMarkersOptions) {
    const x = chart.scales['x'];
    const drawn: { label: string; x: number }[] = [];
    drawnMarkers.set(chart, drawn);
    if (!x || !options.events?.length) return;
    const { top, bottom, left, right } = chart.chartArea;
    const ctx = chart.ctx;
    ctx.save();
    ctx.font = '11px system-ui, sans-serif';
    ctx.textBaseline = 'top';
    let row = 0;
    for (const ev of options.events) {
      const px = x.getPixelForValue(ev.time);
      if (px < left - 0.5 || px > right + 0.5) continue;
      drawn.push({ label: ev.label, x: px });
      ctx.strokeStyle = options.color;
      ctx.lineWidth = 1.5;
      ctx.setLineDash([5, 4]);
      ctx.beginPath();
      ctx.moveTo(px, top);
      ctx.lineTo(px, bottom);
      ctx.stroke();
      ctx.setLineDash([]);
      const label = fit(ctx, ev.label, Math.max(60, (right - left) / 3));
      const w = ctx.measureText(label).width + 8;
      // Keep the label inside the plot: flip it to the left of the line near the right edge.
      const lx = px + w + 4 > right ? Math.max(left, px - w - 4) : px + 4;
      const ly = top + 4 + (row % 3) * 16;
      ctx.fillStyle = options.background;
      ctx.fillRect(lx, ly - 1, w, 15);
      ctx.fillStyle = options.textColor;
      ctx.fillText(label, lx + 4, ly + 1);
      row++;
    }
    ctx.restore();
  },
};

/** The label cut with an ellipsis to `max` pixels, so labels on a phone do not cover the plot. */
function fit(ctx: CanvasRenderingContext2D, label: string, max: number): string {
  if (ctx.measureText(label).width <= max) return label;
  let n = label.length;
  while (n > 1 && ctx.measureText(`${label.slice(0, n)}…`).width > max) n--;
  return `${label.slice(0, n).trimEnd()}…`;
}
