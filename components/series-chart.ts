import { LitElement, css, html } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import type { ActiveElement, ChartConfiguration, ChartEvent } from 'chart.js';
import type { FigureKind, Unit } from '../src/extract/types';
import type { DocumentRef, EventItem, Point } from '../src/api/types';
import type { ChartObservation } from '../src/api/chart-view';
import { ChartController } from './controllers/chart-controller';
import { buildDatasets, conflictsOf, describeChart, type ChartPoint, type DrawMode, type SeriesData } from './chart-data';
import { readTheme, seriesColor, seriesMarker, sourceColor, valueAxis } from './chart-theme';
import { SOURCE_KINDS, SOURCE_KIND_LABEL } from '../src/series/source-kind';
import { exportMeta } from './export-meta';
import { dayToTime } from './format';
import { TIME_FORMATS, tickUnit } from './time-axis';
import type { Chart } from './chart-setup';
import { drawnMarkers } from './plugins/event-markers';
import { drawnReferenceLines, type ReferenceLine } from './plugins/reference-lines';
import type { EvidenceState } from './point-detail';
import { EvidenceCache, type EvidenceSource } from './evidence-cache';
import './point-detail';
import './mark-legend';
import './chart-toolbar';

/** Set once per page, read by scripts/bench/dashboard.ts and the browser tests. */
export const FIRST_CHART_MARK = 'flowline:first-chart';
export const CHART_DRAWN_MARK = 'flowline:chart-drawn';

/**
 * A trend chart of the series of one unit on a time axis, with events as labelled vertical lines.
 * Hovering a point, or stepping through points with the arrow keys while the chart has focus,
 * shows its evidence; a click or Enter opens the article it came from.
 *
 * A toolbar switches the value axis (linear, log, index) and saves the chart as PNG or SVG; the
 * legend switches each series off and on.
 *
 * @fires point-select - detail: PointRef (figure and document ids). The user asked for the document behind a point.
 * @fires axis-change - detail: AxisChange (from the toolbar), for the URL
 * @csspart canvas - the chart's canvas (role img, with a text alternative)
 * @csspart tooltip - the evidence box for the hovered or focused point
 */
@customElement('series-chart')
export class SeriesChart extends LitElement {
  static override styles = css`
    :host { display: block; }
    .plot { position: relative; }
    /* chart.js sizes the canvas to its parent, so the parent alone carries the height. */
    .box { position: relative; height: var(--fl-chart-height, 320px); }
    canvas { display: block; border-radius: 4px; }
    canvas:focus-visible { outline: 3px solid var(--fl-focus); outline-offset: 2px; }
    .tip {
      position: absolute; top: 0.5rem; z-index: 2; width: min(22rem, 70%); box-sizing: border-box;
      background: var(--fl-surface); color: var(--fl-text); border: 1px solid var(--fl-grid-strong);
      border-radius: 6px; padding: 0.5rem 0.65rem; box-shadow: 0 4px 16px rgba(0, 0, 0, 0.18); pointer-events: none;
    }
    .tip[hidden] { display: none; }
    .hint { margin: 0.25rem 0 0; color: var(--fl-muted); font-size: 0.75rem; }
    @media (max-width: 640px) {
      /* No room to float the evidence over the chart on a phone: put it under the chart. */
      .tip { position: static; width: auto; margin-top: 0.5rem; box-shadow: none; }
    }
  `;

  @property() unit: Unit = 'bbl/d';
  @property({ attribute: false }) series: SeriesData[] = [];
  @property({ attribute: false }) events: EventItem[] = [];
  @property({ attribute: false }) kinds: FigureKind[] = [];
  /** Position of each series in the whole view, so a series keeps its colour and dash across charts. */
  @property({ attribute: false }) colorOf: (id: string) => number = () => 0;
  @property() from: string | null = null;
  @property() to: string | null = null;
  /** Official series drawn beside the news as thin solid lines (not datasets: never hovered or counted). */
  @property({ attribute: false }) references: ReferenceLine[] = [];
  /** The chart's id in the URL (measure and unit) and its title, for the toolbar and exports. */
  @property() chartKey = '';
  @property() heading = '';
  @property({ attribute: false }) mode: DrawMode = { axis: 'linear' };
  /** Where an opened point's words come from: the page's cache (a chart alone asks the API each time). */
  @property({ attribute: false }) evidenceOf: EvidenceSource = new EvidenceCache().of;

  /** Series the legend switched off; a reading aid for this chart, so not in the URL. */
  @state() private switchedOff = new Set<string>();
  @state() private active: { point: ChartPoint; x: number; y: number } | null = null;
  /** The words of the active point's reports: fetched once it is opened (see `open`). */
  @state() private evidence: { of: ChartPoint; state: EvidenceState; points: Point[]; error: string } | null = null;
  private evidenceTimer: ReturnType<typeof setTimeout> | undefined;
  @query('canvas') private canvas!: HTMLCanvasElement | null;

  /** The undecimated data of each dataset, for keyboard stepping (chart.js swaps in decimated data). */
  private full: ChartPoint[][] = [];
  private order: { ds: number; point: ChartPoint }[] | null = null;
  /** Disagreeing same-day observations per series, computed once per data change rather than per hover. */
  private conflicts = new Map<string, Map<string, ChartObservation[]>>();
  private hasRanges = false;
  private hasPeriods = false;
  private hasApprox = false;
  /** Kinds switched on that this chart actually draws: the legend explains only marks on screen. */
  private drawnKinds: FigureKind[] = [];
  private cursor = -1;
  /** The first day drawn: where an index starts when the user has not chosen a day. */
  private firstDay: string | null = null;

  private readonly chart = new ChartController<'line'>(
    this,
    () => this.canvas,
    () => this.config(),
    (chart) => this.onDrawn(chart),
  );

  override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (['series', 'events', 'kinds', 'from', 'to', 'colorOf', 'references', 'mode', 'switchedOff'].some((k) => changed.has(k))) {
      this.chart.invalidate();
      this.conflicts = new Map(this.series.map((s) => [s.summary.id, conflictsOf(s.observations)]));
      this.hasRanges = this.series.some((s) => s.observations.some((o) => o.low !== null && o.high !== null && o.low !== o.high));
      this.hasPeriods = this.series.some((s) => s.observations.some((o) => o.asOfTo !== null && o.asOfTo !== o.asOf));
      this.hasApprox = this.series.some((s) => s.observations.some((o) => o.approx));
      const present = new Set<FigureKind>();
      for (const s of this.series) for (const o of s.observations) present.add(o.kind);
      this.drawnKinds = this.kinds.filter((k) => present.has(k));
      let first: string | null = null;
      for (const s of this.series) for (const o of s.observations) if (first === null || o.asOf < first) first = o.asOf;
      this.firstDay = first;
      this.active = null;
      this.evidence = null;
      this.order = null;
      this.cursor = -1;
    }
  }

  /** How many times the datasets were rebuilt (tests check that unrelated clicks do not). */
  builds = 0;

  private config(): ChartConfiguration<'line', ChartPoint[]> {
    this.builds++;
    const theme = readTheme(this);
    const datasets = buildDatasets(this.series, this.kinds, theme, this.colorOf, { ...this.mode, hidden: this.switchedOff });
    this.full = datasets.map((d) => d.data);
    const pad = paddedRange(this.full, this.events.map((e) => dayToTime(e.date)));
    return {
      type: 'line',
      data: { datasets },
      options: {
        animation: false,
        // Decimation only runs when parsing is off chart-wide, not just per dataset.
        parsing: false,
        normalized: true,
        responsive: true,
        maintainAspectRatio: false,
        interaction: { mode: 'nearest', intersect: false, axis: 'xy' },
        events: ['mousemove', 'mouseout', 'click', 'touchstart'],
        onHover: (e, els, chart) => this.onHover(e, els, chart as unknown as Chart<'line'>),
        onClick: (_e, els) => {
          const p = this.pointOf(els[0]);
          if (p) this.select(p);
        },
        scales: {
          x: {
            type: 'time',
            min: this.from ? dayToTime(this.from) : pad?.min,
            max: this.to ? dayToTime(this.to) : pad?.max,
            time: {
              unit: pad ? tickUnit((this.to ? dayToTime(this.to) : pad.max) - (this.from ? dayToTime(this.from) : pad.min), this.canvas?.clientWidth || 600) : undefined,
              displayFormats: TIME_FORMATS,
            },
            ticks: { color: theme.muted, maxRotation: 0, autoSkip: true, autoSkipPadding: 12 },
            grid: { color: theme.grid },
          },
          y: valueAxis(theme, this.axisTitle(), this.mode.axis),
        },
        plugins: {
          decimation: { enabled: true, algorithm: 'min-max' },
          referenceLines: { lines: this.references, lineColor: theme.muted, textColor: theme.text, background: theme.surface },
          eventMarkers: {
            events: this.events.map((e) => ({ time: dayToTime(e.date), label: e.label })),
            color: theme.event,
            textColor: theme.text,
            background: theme.surface,
          },
        },
      },
    };
  }

  private axisTitle(): string {
    if (this.mode.axis === 'index') return `index, 100 at ${this.mode.indexAt ?? 'the first day'}`;
    return this.mode.axis === 'log' ? `${this.unit} (log scale)` : this.unit;
  }

  private toggle(id: string): void {
    const next = new Set(this.switchedOff);
    if (!next.delete(id)) next.add(id);
    this.switchedOff = next;
  }

  /** The chart as a PNG or SVG file with its title, units, sources and dates (code loaded on first use). */
  async save(format: 'png' | 'svg'): Promise<void> {
    const chart = this.chart.chart;
    if (!chart) return;
    const { exportChart } = await import('./chart-export');
    const meta = exportMeta(this.heading, this.axisTitle(), this.series.filter((s) => !this.switchedOff.has(s.summary.id)), this.from, this.to);
    await exportChart(chart as unknown as Chart, meta, format, readTheme(this));
  }

  private onDrawn(chart: Chart<'line'>): void {
    if (this.full.some((d) => d.length)) {
      if (!performance.getEntriesByName(FIRST_CHART_MARK).length) performance.mark(FIRST_CHART_MARK);
      // Every draw with data, so the bench can tell when the last of many charts was drawn.
      performance.mark(CHART_DRAWN_MARK);
    }
    const official = this.references.length ? ` Official series drawn as a thin solid line: ${this.references.map((r) => r.label).join(', ')}.` : '';
    chart.canvas.setAttribute('aria-label', describeChart(this.series, this.unit, this.events) + official);
  }

  private pointOf(el: ActiveElement | undefined): ChartPoint | undefined {
    if (!el) return undefined;
    const ds = this.chart.chart?.data.datasets[el.datasetIndex];
    return ds?.data[el.index] as ChartPoint | undefined;
  }

  private onHover(_e: ChartEvent, els: ActiveElement[], chart: Chart<'line'>): void {
    const el = els[0];
    const point = this.pointOf(el);
    if (!el || !point) {
      this.leave();
      return;
    }
    const pos = chart.getDatasetMeta(el.datasetIndex).data[el.index];
    this.active = { point, x: pos?.x ?? 0, y: pos?.y ?? 0 };
    this.open(point, REST_MS);
    chart.canvas.style.cursor = 'pointer';
  }

  /** Opens the article of the report the point stands for, and fetches the point's words at once. */
  private select(c: ChartPoint): void {
    this.open(c, 0);
    const detail: PointRef = { id: c.o.figures[0]!, document: { id: c.o.documents[0]! } };
    this.dispatchEvent(new CustomEvent<PointRef>('point-select', { detail, bubbles: true, composed: true }));
  }

  /**
   * Fetches the words of a point's reports once the pointer or the keyboard has rested on it for
   * `afterMs` (sweeping across fifty lines asks nothing), or at once for a click or Enter. The
   * hover itself never waits: the box shows what the chart's answer holds, the words follow.
   */
  private open(c: ChartPoint, afterMs: number): void {
    const now = this.evidence?.of.o === c.o ? this.evidence.state : null;
    // Already coming or come; or already waiting for the pointer to rest.
    if (now === 'loading' || now === 'ok' || (now === 'waiting' && afterMs > 0)) return;
    clearTimeout(this.evidenceTimer);
    this.evidence = { of: c, state: 'waiting', points: [], error: '' };
    const fetchNow = () => {
      if (this.evidence?.of !== c) return;
      this.evidence = { of: c, state: 'loading', points: [], error: '' };
      this.evidenceOf(c.o).then(
        (points) => this.evidence?.of === c && (this.evidence = { of: c, state: 'ok', points, error: '' }),
        (err: Error) => this.evidence?.of === c && (this.evidence = { of: c, state: 'error', points: [], error: err.message }),
      );
    };
    if (afterMs > 0) this.evidenceTimer = setTimeout(fetchNow, afterMs);
    else fetchNow();
  }

  /** Arrow keys walk every point in date order across series; Enter opens its article. */
  private onKey(e: KeyboardEvent): void {
    const chart = this.chart.chart;
    if (!chart) return;
    if (e.key === 'Enter' && this.active) {
      e.preventDefault();
      this.select(this.active.point);
      return;
    }
    if (e.key === 'Escape') {
      this.leave();
      chart.setActiveElements([]);
      chart.render(); // hover styles only: a full update re-decimates every point
      return;
    }
    const step = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1, PageDown: 10, PageUp: -10 }[e.key];
    if (step === undefined && e.key !== 'Home' && e.key !== 'End') return;
    e.preventDefault();
    const order = (this.order ??= this.full
      .flatMap((data, ds) => data.map((point) => ({ ds, point })))
      .sort((a, b) => a.point.x - b.point.x || a.ds - b.ds));
    if (!order.length) return;
    if (e.key === 'Home') this.cursor = 0;
    else if (e.key === 'End') this.cursor = order.length - 1;
    else this.cursor = Math.min(order.length - 1, Math.max(0, this.cursor < 0 ? 0 : this.cursor + (step ?? 0)));
    const target = order[this.cursor];
    if (!target) return;
    this.showAt(chart, target.ds, target.point);
  }

  private showAt(chart: Chart<'line'>, ds: number, point: ChartPoint): void {
    const x = chart.scales['x']?.getPixelForValue(point.x) ?? 0;
    const y = chart.scales['y']?.getPixelForValue(point.y) ?? 0;
    const index = (chart.data.datasets[ds]?.data as ChartPoint[] | undefined)?.indexOf(point) ?? -1;
    chart.setActiveElements(index >= 0 ? [{ datasetIndex: ds, index }] : []);
    chart.render(); // hover styles only: a full update re-decimates every point
    this.active = { point, x, y };
    this.open(point, REST_MS);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.evidenceTimer);
  }

  /** The pointer left the plot: no point is shown, and one it passed over is not fetched. */
  private readonly leave = () => {
    this.active = null;
    clearTimeout(this.evidenceTimer);
    if (this.evidence?.state === 'waiting') this.evidence = null;
  };

  private onBlur(): void {
    this.leave();
    const chart = this.chart.chart;
    if (chart) {
      chart.setActiveElements([]);
      chart.render(); // hover styles only: a full update re-decimates every point
    }
  }

  override updated(): void {
    // Positioned through the CSSOM: the server's CSP refuses style attributes, and Lit's styleMap
    // writes one on first render.
    const a = this.active;
    const tip = this.renderRoot.querySelector<HTMLElement>('.tip');
    if (!a || !tip) return;
    const width = this.canvas?.clientWidth ?? 0;
    tip.style.left = a.x > width / 2 ? `calc(${a.x}px - min(22rem, 70%) - 14px)` : `${a.x + 14}px`;
  }

  /** Event markers as drawn: label and x in canvas pixels. For tests and the bench. */
  drawnEvents(): { label: string; x: number }[] {
    const chart = this.chart.chart;
    return chart ? (drawnMarkers.get(chart as unknown as Chart) ?? []) : [];
  }

  /** Reference lines as drawn (label, segments). For tests. */
  drawnReferences(): { label: string; segments: number }[] {
    return this.chart.chart ? (drawnReferenceLines.get(this.chart.chart as unknown as Chart) ?? []) : [];
  }

  /** Where a figure is drawn, in canvas pixels, or null when it is not on this chart. */
  pixelOf(figureId: number): { x: number; y: number } | null {
    const chart = this.chart.chart;
    const point = this.full.flat().find((c) => c.o.figures.includes(figureId));
    if (!chart || !point) return null;
    return { x: chart.scales['x']?.getPixelForValue(point.x) ?? NaN, y: chart.scales['y']?.getPixelForValue(point.y) ?? NaN };
  }

  override render() {
    const a = this.active;
    const sameDay = (a && this.conflicts.get(a.point.series)?.get(a.point.o.asOf)) || [];
    const ev = a && this.evidence?.of.o === a.point.o ? this.evidence : null;
    const shownSeries = a ? this.series.find((s) => s.summary.id === a.point.series) : undefined;
    const theme = readTheme(this);
    return html`
      <chart-toolbar key=${this.chartKey} axis=${this.mode.axis} .indexAt=${this.mode.indexAt ?? null} .firstDay=${this.from ?? this.firstDay}
        @export-chart=${(e: CustomEvent<'png' | 'svg'>) => void this.save(e.detail)}></chart-toolbar>
      <mark-legend
        .series=${this.series.map((s) => {
          const i = this.colorOf(s.summary.id);
          return { id: s.summary.id, label: s.summary.label, colorIndex: i, color: seriesColor(theme, i), marker: seriesMarker(i), hidden: this.switchedOff.has(s.summary.id) };
        })}
        @series-toggle=${(e: CustomEvent<string>) => this.toggle(e.detail)}
        .sourceColors=${this.mode.bySource ? SOURCE_KINDS.map((k) => ({ label: SOURCE_KIND_LABEL[k], color: sourceColor(theme, k) })) : []}
        .kinds=${this.drawnKinds}
        ?approx=${this.hasApprox}
        ?ranges=${this.hasRanges}
        ?periods=${this.hasPeriods}
      ></mark-legend>
      <div class="plot" @mouseleave=${this.leave}>
        <div class="box">
          <canvas part="canvas" role="img" tabindex="0" aria-describedby="hint"
            @keydown=${this.onKey} @blur=${this.onBlur}></canvas>
        </div>
        <div class="tip" part="tooltip" role="status" aria-live="polite" ?hidden=${!a}>
          <point-detail .observation=${a?.point.o ?? null} unit=${this.unit} .documents=${shownSeries?.documents ?? NO_DOCUMENTS} .sameDay=${sameDay}
            .evidence=${ev?.points ?? []} evidenceState=${ev?.state ?? 'waiting'} evidenceError=${ev?.error ?? ''}
            .seriesLabel=${a ? (shownSeries?.summary.label ?? a.point.series) : ''}
            .mean=${a?.point.mean ?? null} .indexValue=${a && this.mode.axis === 'index' ? a.point.y : null}></point-detail>
        </div>
      </div>
      <p class="hint" id="hint">Hover a point, or focus the chart and use the arrow keys, to see its evidence; click or press Enter to open the article.</p>
    `;
  }
}

/** What a chart says was chosen: the figure the point stands for and its document. */
export interface PointRef {
  id: number;
  document: { id: number };
}

/** How long the pointer or keyboard rests on a point before its words are fetched. */
const REST_MS = 120;
const NO_DOCUMENTS: ReadonlyMap<number, DocumentRef> = new Map();

/** Events this close to the data widen the axis so they show; farther ones would squash the data. */
const EVENT_REACH = 60 * 86_400_000;

/**
 * The data's time extent, stretched to events within EVENT_REACH of it, and widened a little so
 * the first and last points are drawn whole.
 */
function paddedRange(data: ChartPoint[][], events: number[]): { min: number; max: number } | null {
  let min = Infinity;
  let max = -Infinity;
  for (const d of data) {
    // Each dataset is sorted by x.
    const first = d[0];
    const last = d[d.length - 1];
    if (first && first.x < min) min = first.x;
    if (last && last.x > max) max = last.x;
  }
  if (min > max) return null;
  const [lo, hi] = [min, max];
  for (const t of events) {
    if (t < lo && lo - t <= EVENT_REACH) min = Math.min(min, t);
    if (t > hi && t - hi <= EVENT_REACH) max = Math.max(max, t);
  }
  const pad = Math.max(86_400_000, (max - min) * 0.02);
  return { min: min - pad, max: max + pad };
}

declare global {
  interface HTMLElementTagNameMap {
    'series-chart': SeriesChart;
  }
}
