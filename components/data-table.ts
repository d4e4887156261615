import { LitElement, css, html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { Point } from '../src/api/types';
import { KIND_LABEL, describeValue, formatPeriod } from './format';

const PAGE = 200;

/**
 * Every figure behind a chart as a table: the chart's data view and the text alternative that
 * carries all the detail. Rows come in pages so 100,000 points never become 100,000 rows of DOM.
 *
 * @fires point-select - detail: Point. "Open" on a row: show the article behind it.
 * @csspart table - the table
 */
@customElement('data-table')
export class DataTable extends LitElement {
  static override styles = css`
    :host { display: block; overflow-x: auto; }
    table { border-collapse: collapse; width: 100%; font-size: 0.8125rem; }
    caption { text-align: left; font-weight: 600; padding: 0.25rem 0; font-size: 0.95rem; }
    th, td { text-align: left; padding: 0.3rem 0.5rem; border-bottom: 1px solid var(--fl-grid); vertical-align: top; }
    td.num { white-space: nowrap; font-variant-numeric: tabular-nums; }
    tr.conflict td:first-child { box-shadow: inset 3px 0 0 var(--fl-warn); }
    button { font: inherit; padding: 0.15rem 0.5rem; }
    button:focus-visible { outline: 3px solid var(--fl-focus); outline-offset: 1px; }
    .more { margin: 0.5rem 0; }
    .sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
  `;

  @property() caption = 'Figures';
  @property({ attribute: false }) points: Point[] = [];
  /** Label of each series id, for the Series column. */
  @property({ attribute: false }) labels: Record<string, string> = {};
  @state() private shown = PAGE;

  override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('points')) this.shown = PAGE;
  }

  override render() {
    const rows = this.points.slice(0, this.shown);
    const days = new Map<string, Set<number>>();
    for (const p of this.points) {
      const key = `${p.series}|${p.asOf}|${p.kind}`;
      (days.get(key) ?? days.set(key, new Set()).get(key))!.add(p.value);
    }
    return html`
      <table part="table">
        <caption>${this.caption} (${this.points.length.toLocaleString('en-US')} figures${this.points.length > rows.length ? `, showing ${rows.length}` : ''})</caption>
        <thead><tr><th scope="col">Date</th><th scope="col">Series</th><th scope="col">Value</th><th scope="col">Kind</th><th scope="col">Source</th><th scope="col"><span class="sr">Article</span></th></tr></thead>
        <tbody>
          ${rows.map((p) => {
            const conflict = (days.get(`${p.series}|${p.asOf}|${p.kind}`)?.size ?? 0) > 1;
            return html`<tr class=${conflict ? 'conflict' : ''}>
              <td class="num">${formatPeriod(p.asOf, p.asOfTo)}</td>
              <td>${this.labels[p.series] ?? p.series}</td>
              <td class="num">${describeValue(p)}${conflict ? html` <span title="Other reports give a different value for this day">(conflicting reports)</span>` : ''}</td>
              <td>${KIND_LABEL[p.kind]}</td>
              <td>${p.document.title ?? p.document.source ?? `document ${p.document.id}`}</td>
              <td><button @click=${() => this.select(p)} aria-label="Open the article behind ${describeValue(p)} on ${p.asOf}">Open</button></td>
            </tr>`;
          })}
        </tbody>
      </table>
      ${this.points.length > rows.length
        ? html`<p class="more"><button @click=${() => (this.shown += PAGE)}>Show ${Math.min(PAGE, this.points.length - rows.length)} more</button></p>`
        : ''}
    `;
  }

  private select(p: Point): void {
    this.dispatchEvent(new CustomEvent<Point>('point-select', { detail: p, bubbles: true, composed: true }));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'data-table': DataTable;
  }
}
