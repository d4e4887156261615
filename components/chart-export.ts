// A chart as a file: PNG (the canvas as drawn, framed with title, units, sources and dates) or SVG
// (redrawn as vectors from chart.js's computed pixel positions: axes, grid, each series' line with
// its dash and markers, event lines, and the same words as text). Loaded only when someone saves a
// chart, so it costs the first chart nothing.
import type { Chart } from 'chart.js';
import type { ChartTheme } from './chart-theme';
import type { ExportMeta } from './export-meta';
import { drawnMarkers } from './plugins/event-markers';

const HEAD = 64;
const FOOT = 44;
const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';

function lines(meta: ExportMeta): { head: [string, string]; foot: [string, string] } {
  const series = meta.series.join('; ');
  return {
    head: [meta.title, `${series.length > 160 ? `${series.slice(0, 157)}…` : series} — ${meta.units}`],
    foot: [meta.sources, `Dates: ${meta.range}`],
  };
}

export async function chartPng(chart: Chart, meta: ExportMeta, theme: ChartTheme): Promise<Blob> {
  const ratio = chart.currentDevicePixelRatio || 1;
  const w = chart.width;
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(w * ratio);
  canvas.height = Math.round((chart.height + HEAD + FOOT) * ratio);
  const ctx = canvas.getContext('2d')!;
  ctx.scale(ratio, ratio);
  ctx.fillStyle = theme.surface;
  ctx.fillRect(0, 0, w, chart.height + HEAD + FOOT);
  const { head, foot } = lines(meta);
  ctx.fillStyle = theme.text;
  ctx.font = `600 16px ${FONT}`;
  ctx.fillText(head[0], 12, 24, w - 24);
  ctx.fillStyle = theme.muted;
  ctx.font = `12px ${FONT}`;
  ctx.fillText(head[1], 12, 46, w - 24);
  ctx.drawImage(chart.canvas, 0, HEAD, w, chart.height);
  ctx.fillText(foot[0], 12, HEAD + chart.height + 18, w - 24);
  ctx.fillText(foot[1], 12, HEAD + chart.height + 36, w - 24);
  return new Promise((ok, fail) => canvas.toBlob((b) => (b ? ok(b) : fail(new Error('the browser could not encode the PNG'))), 'image/png'));
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const n = (v: number) => Math.round(v * 10) / 10;

function marker(style: unknown, x: number, y: number, r: number, fill: string, stroke: string): string {
  const a = `fill="${fill}" stroke="${stroke}" stroke-width="1.5"`;
  switch (style) {
    case 'rect':
      return `<rect x="${n(x - r)}" y="${n(y - r)}" width="${n(2 * r)}" height="${n(2 * r)}" ${a}/>`;
    case 'triangle':
      return `<path d="M${n(x)} ${n(y - r)}L${n(x + r)} ${n(y + r)}L${n(x - r)} ${n(y + r)}Z" ${a}/>`;
    case 'rectRot':
      return `<path d="M${n(x)} ${n(y - r)}L${n(x + r)} ${n(y)}L${n(x)} ${n(y + r)}L${n(x - r)} ${n(y)}Z" ${a}/>`;
    default:
      return `<circle cx="${n(x)}" cy="${n(y)}" r="${n(r)}" ${a}/>`;
  }
}

export function chartSvg(chart: Chart, meta: ExportMeta, theme: ChartTheme): string {
  const w = chart.width;
  const h = chart.height + HEAD + FOOT;
  const area = chart.chartArea;
  const out: string[] = [];
  const text = (x: number, y: number, s: string, attrs = '') => out.push(`<text x="${n(x)}" y="${n(y)}" ${attrs}>${esc(s)}</text>`);
  const { head, foot } = lines(meta);
  out.push(`<rect width="${w}" height="${h}" fill="${theme.surface}"/>`);
  text(12, 24, head[0], `font-size="16" font-weight="600" fill="${theme.text}"`);
  text(12, 46, head[1], `font-size="12" fill="${theme.muted}"`);
  out.push(`<g transform="translate(0 ${HEAD})">`);
  const x = chart.scales['x']!;
  const y = chart.scales['y']!;
  y.ticks.forEach((t, i) => {
    const py = y.getPixelForTick(i);
    out.push(`<line x1="${n(area.left)}" x2="${n(area.right)}" y1="${n(py)}" y2="${n(py)}" stroke="${theme.grid}"/>`);
    const label = Array.isArray(t.label) ? t.label.join(' ') : String(t.label ?? '');
    if (label) text(area.left - 6, py + 4, label, `font-size="11" text-anchor="end" fill="${theme.muted}"`);
  });
  x.ticks.forEach((t, i) => {
    const px = x.getPixelForTick(i);
    const label = Array.isArray(t.label) ? t.label.join(' ') : String(t.label ?? '');
    if (label) text(px, area.bottom + 16, label, `font-size="11" text-anchor="middle" fill="${theme.muted}"`);
  });
  out.push(`<clipPath id="plot"><rect x="${n(area.left)}" y="${n(area.top)}" width="${n(area.right - area.left)}" height="${n(area.bottom - area.top)}"/></clipPath>`);
  out.push('<g clip-path="url(#plot)">');
  chart.data.datasets.forEach((ds, i) => {
    if (!chart.isDatasetVisible(i)) return;
    const meta = chart.getDatasetMeta(i);
    const color = String(ds.borderColor ?? '#888');
    const pts = meta.data.map((el) => [el.x, el.y] as const).filter(([px, py]) => Number.isFinite(px) && Number.isFinite(py));
    const line = ds as { showLine?: boolean; borderDash?: number[]; pointStyle?: unknown; pointRadius?: unknown };
    if (line.showLine !== false && pts.length > 1) {
      const dash = line.borderDash?.length ? ` stroke-dasharray="${line.borderDash.join(' ')}"` : '';
      out.push(`<polyline fill="none" stroke="${color}" stroke-width="2"${dash} points="${pts.map(([px, py]) => `${n(px)},${n(py)}`).join(' ')}"/>`);
    }
    // Markers as drawn: none on a dense (decimated) line.
    if (typeof line.pointRadius === 'number' && line.pointRadius === 0) return;
    const style = typeof line.pointStyle === 'string' ? line.pointStyle : 'circle';
    for (const [px, py] of pts) out.push(marker(style, px, py, 4, color, color));
  });
  for (const e of drawnMarkers.get(chart) ?? []) {
    out.push(`<line x1="${n(e.x)}" x2="${n(e.x)}" y1="${n(area.top)}" y2="${n(area.bottom)}" stroke="${theme.event}" stroke-dasharray="4 3"/>`);
    text(e.x + 4, area.top + 12, e.label, `font-size="11" fill="${theme.text}"`);
  }
  out.push('</g></g>');
  text(12, HEAD + chart.height + 18, foot[0], `font-size="12" fill="${theme.muted}"`);
  text(12, HEAD + chart.height + 36, foot[1], `font-size="12" fill="${theme.muted}"`);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}" font-family='${FONT}'>\n<title>${esc(meta.title)}</title>\n${out.join('\n')}\n</svg>\n`;
}

function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export async function exportChart(chart: Chart, meta: ExportMeta, format: 'png' | 'svg', theme: ChartTheme): Promise<void> {
  if (format === 'png') download(await chartPng(chart, meta, theme), `${meta.file}.png`);
  else download(new Blob([chartSvg(chart, meta, theme)], { type: 'image/svg+xml' }), `${meta.file}.svg`);
}
