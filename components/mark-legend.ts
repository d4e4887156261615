import { LitElement, css, html, nothing, svg } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { FigureKind } from '../src/extract/types';
import type { PointStyle } from 'chart.js';
import { KIND_POINT_STYLE, SERIES_DASH } from './chart-theme';

export interface LegendSeries {
  id: string;
  label: string;
  color: string;
  colorIndex: number;
  /** The series' marker for its stated levels. */
  marker: PointStyle;
  /** Switched off in the chart. */
  hidden: boolean;
}

/**
 * What every mark on a trend chart means: one button per series (colour, dash and marker; pressing
 * it switches the series off and on), then the kinds of
 * figure (point shape, hollow when approximate), range whiskers and event markers. Drawn as SVG so
 * it matches the canvas without relying on colour alone.
 *
 * @fires series-toggle - detail: the series id the user switched off or on
 * @csspart list - the legend's list
 */
@customElement('mark-legend')
export class MarkLegend extends LitElement {
  static override styles = css`
    :host { display: block; font-size: 0.8125rem; color: var(--fl-text); }
    ul { list-style: none; display: flex; flex-wrap: wrap; gap: 0.2rem 1rem; margin: 0.25rem 0; padding: 0; }
    li { display: inline-flex; align-items: center; gap: 0.35rem; }
    button { font: inherit; color: inherit; display: inline-flex; align-items: center; gap: 0.35rem; background: none; border: 1px solid transparent;
      border-radius: 4px; padding: 0.05rem 0.3rem; cursor: pointer; text-align: left; }
    button:hover { border-color: var(--fl-grid-strong); }
    button[aria-pressed='false'] { opacity: 0.45; text-decoration: line-through; }
    button:focus-visible { outline: 3px solid var(--fl-focus); outline-offset: 1px; }
    svg { flex: none; overflow: visible; }
    .event { stroke: var(--fl-event); }
  `;

  @property({ attribute: false }) series: LegendSeries[] = [];
  @property({ attribute: false }) kinds: FigureKind[] = [];
  /** Whether any figure on the chart is a range (the whisker mark is explained only then). */
  @property({ type: Boolean }) ranges = false;
  /** Whether any figure is approximate (drawn hollow). */
  @property({ type: Boolean }) approx = false;
  /** When points are coloured by the kind of their source: each kind and its colour. */
  @property({ attribute: false }) sourceColors: { label: string; color: string }[] = [];
  /** Whether any figure covers a period (a month, a week, "since Oct 17"). */
  @property({ type: Boolean }) periods = false;

  override render() {
    const marks: [string, ReturnType<typeof svg>][] = [];
    const shape = (kind: FigureKind, hollow = false) => pointShape(KIND_POINT_STYLE[kind], hollow);
    if (this.kinds.includes('level')) marks.push(["stated level: the series' own marker", shape('level')]);
    if (this.approx) marks.push(['approximate ("about", "some"): hollow', shape('level', true)]);
    if (this.kinds.includes('derived')) marks.push(['derived: implied by the text, smaller, dotted line to it', pointShape('circle', false, 3)]);
    if (this.kinds.includes('change')) marks.push(['change (signed, not a level)', shape('change')]);
    if (this.kinds.includes('target')) marks.push(['target / plan / capacity', shape('target')]);
    if (this.ranges) marks.push(['range: whisker from low to high', svg`<path d="M8 1v14M4 1h8M4 15h8" stroke="currentColor" stroke-width="1.5" fill="none"/>`]);
    if (this.periods) marks.push(['period: bar over the days it covers', svg`<path d="M3 8h11M14 4v8" stroke="currentColor" stroke-width="1.5" fill="none"/><circle cx="3" cy="8" r="2.5" fill="currentColor"/>`]);
    marks.push(['event', svg`<path class="event" d="M8 0v16" stroke-width="1.5" stroke-dasharray="4 3"/>`]);
    return html`
      <ul part="list" aria-label="Series">
        ${this.series.map(
          (s) => html`<li>
            <button type="button" aria-pressed=${!s.hidden} data-series=${s.id} title=${s.hidden ? 'Show this series' : 'Hide this series'}
              @click=${() => this.dispatchEvent(new CustomEvent<string>('series-toggle', { detail: s.id, bubbles: true, composed: true }))}>
              <svg width="34" height="14" aria-hidden="true" color=${s.color}><line x1="0" y1="7" x2="34" y2="7" stroke=${s.color} stroke-width="2.5"
                stroke-dasharray=${(SERIES_DASH[s.colorIndex % SERIES_DASH.length] ?? []).join(' ') || nothing}/>
                <g transform="translate(9 -1)">${pointShape(s.marker, false, 4.5)}</g></svg>${s.label}
            </button>
          </li>`,
        )}
      </ul>
      ${this.sourceColors.length
        ? html`<ul part="list" aria-label="Colours: kind of source">
            ${this.sourceColors.map((c) => html`<li><svg width="16" height="16" aria-hidden="true"><circle cx="8" cy="8" r="5" fill=${c.color}/></svg>${c.label}</li>`)}
          </ul>`
        : nothing}
      <ul part="list" aria-label="Marks">
        ${marks.map(([label, icon]) => html`<li><svg width="16" height="16" aria-hidden="true">${icon}</svg>${label}</li>`)}
      </ul>
    `;
  }
}

function pointShape(style: unknown, hollow: boolean, r = 5) {
  // Presentation attributes, not style="": the server's CSP refuses inline style attributes.
  const fill = hollow ? 'none' : 'currentColor';
  switch (style) {
    case 'rect':
      return svg`<rect x=${8 - r} y=${8 - r} width=${2 * r} height=${2 * r} stroke="currentColor" stroke-width="1.5" fill=${fill}/>`;
    case 'triangle':
      return svg`<path d="M8 2l6 11H2z" stroke="currentColor" stroke-width="1.5" fill=${fill}/>`;
    case 'rectRot':
      return svg`<path d="M8 2l6 6-6 6-6-6z" stroke="currentColor" stroke-width="1.5" fill=${fill}/>`;
    case 'star':
      return svg`<path d="M8 1v14M1 8h14M3 3l10 10M13 3L3 13" stroke="currentColor" stroke-width="1.5"/>`;
    case 'crossRot':
      return svg`<path d="M3 3l10 10M13 3L3 13" stroke="currentColor" stroke-width="2"/>`;
    default:
      return svg`<circle cx="8" cy="8" r=${r} stroke="currentColor" stroke-width="1.5" fill=${fill}/>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mark-legend': MarkLegend;
  }
}
