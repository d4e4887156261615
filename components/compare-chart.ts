import { LitElement, css, html } from 'lit';
import { customElement, property, query } from 'lit/decorators.js';
import type { ChartConfiguration, ChartDataset, ScriptableContext } from 'chart.js';
import type { CompareResponse, Point } from '../src/api/types';
import { ChartController } from './controllers/chart-controller';
import { KIND_POINT_STYLE, readTheme, valueAxis } from './chart-theme';
import { dayToTime, formatChange, formatValue } from './format';
import { TIME_FORMATS, tickUnit } from './time-axis';

interface Mark {
  x: number;
  y: number;
  p?: Point;
}

/**
 * The chart of a before/after comparison: the observations on each side of the event as points (a
 * repeat counted once), each side's mean as a horizontal line across its window, and the event as
 * a vertical marker.
 *
 * @csspart canvas - the chart's canvas (role img, with a text alternative)
 */
@customElement('compare-chart')
export class CompareChart extends LitElement {
  static override styles = css`
    :host { display: block; }
    .plot { position: relative; height: var(--fl-compare-height, 240px); }
    ul { list-style: none; display: flex; flex-wrap: wrap; gap: 0.2rem 1rem; margin: 0.25rem 0 0; padding: 0; font-size: 0.8125rem; }
    li { display: inline-flex; align-items: center; gap: 0.35rem; }
  `;

  @property({ attribute: false }) result: CompareResponse | null = null;
  @query('canvas') private canvas!: HTMLCanvasElement | null;

  private readonly chart = new ChartController<'line'>(this, () => this.canvas, () => this.config());

  override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('result')) this.chart.invalidate();
  }

  private config(): ChartConfiguration<'line', Mark[]> {
    const theme = readTheme(this);
    const r = this.result;
    const datasets: ChartDataset<'line', Mark[]>[] = [];
    if (r) {
      const sides = [
        { side: r.before, name: 'Before', color: theme.series[0] ?? '#0072b2', dash: [] as number[] },
        { side: r.after, name: 'After', color: theme.series[1] ?? '#d55e00', dash: [8, 4] },
      ];
      for (const { side, name, color, dash } of sides) {
        datasets.push({
          label: `${name}: observations`,
          // One mark per observation (its first report carries the evidence), at its value.
          data: side.observations.flatMap((o) => {
            const p = side.points.find((q) => q.observation === o.id);
            return p ? [{ x: dayToTime(o.asOf), y: o.value, p }] : [];
          }),
          parsing: false,
          showLine: false,
          borderColor: color,
          pointBorderColor: color,
          pointBackgroundColor: (ctx: ScriptableContext<'line'>) => ((ctx.raw as Mark | undefined)?.p?.approx ? theme.surface : color),
          pointStyle: (ctx: ScriptableContext<'line'>) => KIND_POINT_STYLE[(ctx.raw as Mark | undefined)?.p?.kind ?? 'level'],
          pointRadius: 5,
          pointBorderWidth: 2,
        });
        if (side.mean !== null) {
          datasets.push({
            label: `${name}: mean`,
            data: [
              { x: dayToTime(side.from), y: side.mean },
              { x: dayToTime(side.to), y: side.mean },
            ],
            parsing: false,
            borderColor: color,
            borderDash: dash,
            borderWidth: 2,
            pointRadius: 0,
          });
        }
      }
    }
    return {
      type: 'line',
      data: { datasets },
      options: {
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        events: [],
        scales: {
          x: {
            type: 'time',
            min: r ? dayToTime(r.before.from) : undefined,
            max: r ? dayToTime(r.after.to) : undefined,
            time: {
              unit: r ? tickUnit(dayToTime(r.after.to) - dayToTime(r.before.from), this.canvas?.clientWidth || 600) : undefined,
              displayFormats: TIME_FORMATS,
            },
            ticks: { color: theme.muted, maxRotation: 0, autoSkipPadding: 12 },
            grid: { color: theme.grid },
          },
          y: valueAxis(theme, r ? r.series.unit : null),
        },
        plugins: {
          decimation: { enabled: false },
          eventMarkers: {
            events: r ? [{ time: dayToTime(r.event.date), label: r.event.label }] : [],
            color: theme.event,
            textColor: theme.text,
            background: theme.surface,
          },
        },
      },
    };
  }

  override render() {
    const theme = readTheme(this);
    const key = (color: string, dash: string, label: string) =>
      html`<li><svg width="28" height="10" aria-hidden="true"><line x1="0" y1="5" x2="28" y2="5" stroke=${color} stroke-width="2.5" stroke-dasharray=${dash}/></svg>${label}</li>`;
    return html`<div class="plot"><canvas part="canvas" role="img" aria-label=${this.describe()}></canvas></div>
      <ul aria-label="Marks">
        ${key(theme.series[0] ?? '#0072b2', '0', 'before: observations and their day-weighted mean (solid)')}
        ${key(theme.series[1] ?? '#d55e00', '8 4', 'after: observations and their day-weighted mean (dashed)')}
        ${key(theme.event, '4 3', 'event')}
      </ul>`;
  }

  private describe(): string {
    const r = this.result;
    if (!r) return 'Before/after chart: nothing chosen yet.';
    const unit = r.series.unit;
    const side = (name: string, s: CompareResponse['before']) =>
      s.mean === null ? `${name}: no reports` : `${name}: mean ${formatValue(s.mean, unit)} from ${s.count} observations (${s.reports} reports) in ${s.documents} documents`;
    return (
      `Before/after chart of ${r.series.label} around ${r.event.label} (${r.event.date}), ${r.window} days each side. ` +
      `${side('Before', r.before)}. ${side('After', r.after)}.` +
      (r.change !== null ? ` Change ${formatChange(r.change, unit)}.` : '')
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'compare-chart': CompareChart;
  }
}
