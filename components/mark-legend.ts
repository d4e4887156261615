import { LitElement, css, html, nothing, svg } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { FigureKind } from '../src/extract/types';
import { KIND_POINT_STYLE, SERIES_DASH } from './chart-theme';

export interface LegendSeries {
  label: string;
  color: string;
  colorIndex: number;
}

/**
 * What every mark on a trend chart means: one line per series (colour and dash), then the kinds of
 * figure (point shape, hollow when approximate), range whiskers and event markers. Drawn as SVG so
 * it matches the canvas without relying on colour alone.
 *
 * @csspart list - the legend's list
 */
@customElement('mark-legend')
export class MarkLegend extends LitElement {
  static override styles = css`
    :host { display: block; font-size: 0.8125rem; color: var(--fl-text); }
    ul { list-style: none; display: flex; flex-wrap: wrap; gap: 0.2rem 1rem; margin: 0.25rem 0; padding: 0; }
    li { display: inline-flex; align-items: center; gap: 0.35rem; }
    svg { flex: none; overflow: visible; }
    .event { stroke: var(--fl-event); }
  `;

  @property({ attribute: false }) series: LegendSeries[] = [];
  @property({ attribute: false }) kinds: FigureKind[] = [];
  /** Whether any figure on the chart is a range (the whisker mark is explained only then). */
  @property({ type: Boolean }) ranges = false;
  /** Whether any figure is approximate (drawn hollow). */
  @property({ type: Boolean }) approx = false;
  /** Whether any figure covers a period (a month, a week, "since Oct 17"). */
  @property({ type: Boolean }) periods = false;

  override render() {
    const marks: [string, ReturnType<typeof svg>][] = [];
    const shape = (kind: FigureKind, hollow = false) => pointShape(KIND_POINT_STYLE[kind], hollow);
    if (this.kinds.includes('level')) marks.push(['stated level', shape('level')]);
    if (this.approx) marks.push(['approximate ("about", "some")', shape('level', true)]);
    if (this.kinds.includes('derived')) marks.push(['derived: implied by the text, dotted line to it', shape('derived')]);
    if (this.kinds.includes('share')) marks.push(['share', shape('share')]);
    if (this.kinds.includes('change')) marks.push(['change (signed, not a level)', shape('change')]);
    if (this.kinds.includes('target')) marks.push(['target / plan / capacity', shape('target')]);
    if (this.ranges) marks.push(['range: whisker from low to high', svg`<path d="M8 1v14M4 1h8M4 15h8" stroke="currentColor" stroke-width="1.5" fill="none"/>`]);
    if (this.periods) marks.push(['period: bar over the days it covers', svg`<path d="M3 8h11M14 4v8" stroke="currentColor" stroke-width="1.5" fill="none"/><circle cx="3" cy="8" r="2.5" fill="currentColor"/>`]);
    marks.push(['event', svg`<path class="event" d="M8 0v16" stroke-width="1.5" stroke-dasharray="4 3"/>`]);
    return html`
      <ul part="list" aria-label="Series">
        ${this.series.map(
          (s) => html`<li>
            <svg width="28" height="10" aria-hidden="true"><line x1="0" y1="5" x2="28" y2="5" stroke=${s.color} stroke-width="2.5"
              stroke-dasharray=${(SERIES_DASH[s.colorIndex % SERIES_DASH.length] ?? []).join(' ') || nothing}/></svg>${s.label}
          </li>`,
        )}
      </ul>
      <ul part="list" aria-label="Marks">
        ${marks.map(([label, icon]) => html`<li><svg width="16" height="16" aria-hidden="true">${icon}</svg>${label}</li>`)}
      </ul>
    `;
  }
}

function pointShape(style: unknown, hollow: boolean) {
  // Presentation attributes, not style="": the server's CSP refuses inline style attributes.
  const fill = hollow ? 'none' : 'currentColor';
  switch (style) {
    case 'triangle':
      return svg`<path d="M8 2l6 11H2z" stroke="currentColor" stroke-width="1.5" fill=${fill}/>`;
    case 'rectRot':
      return svg`<path d="M8 2l6 6-6 6-6-6z" stroke="currentColor" stroke-width="1.5" fill=${fill}/>`;
    case 'star':
      return svg`<path d="M8 1v14M1 8h14M3 3l10 10M13 3L3 13" stroke="currentColor" stroke-width="1.5"/>`;
    case 'crossRot':
      return svg`<path d="M3 3l10 10M13 3L3 13" stroke="currentColor" stroke-width="2"/>`;
    default:
      return svg`<circle cx="8" cy="8" r="5" stroke="currentColor" stroke-width="1.5" fill=${fill}/>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mark-legend': MarkLegend;
  }
}
