import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { AxisMode } from './chart-theme';
import './iso-date-input';

export interface AxisChange {
  /** The chart (chartKey: measure and unit). */
  key: string;
  axis: AxisMode;
  /** The day the index is 100 at (axis 'index'). */
  indexAt: string | null;
}

/**
 * A chart's own controls: linear or log axis, or an index (100 at a chosen day) for series of
 * very different size; and the chart as a picture (PNG, SVG).
 *
 * @fires axis-change - detail: AxisChange
 * @fires export-chart - detail: 'png' | 'svg'
 * @csspart group - each button group
 */
@customElement('chart-toolbar')
export class ChartToolbar extends LitElement {
  static override styles = css`
    :host { display: flex; flex-wrap: wrap; gap: 0.4rem 0.75rem; align-items: center; font-size: 0.8125rem; margin: 0.15rem 0 0.3rem; }
    .toggle { display: inline-flex; border: 1px solid var(--fl-grid-strong); border-radius: 4px; overflow: hidden; }
    button { font: inherit; border: 0; padding: 0.2rem 0.6rem; background: var(--fl-surface); color: var(--fl-text); cursor: pointer; }
    .toggle button + button { border-left: 1px solid var(--fl-grid-strong); }
    button[aria-pressed='true'] { background: var(--fl-accent); color: var(--fl-on-accent); }
    button:focus-visible { outline: 3px solid var(--fl-focus); outline-offset: 1px; position: relative; }
    label { display: inline-flex; gap: 0.35rem; align-items: baseline; color: var(--fl-muted); }
    .save button { border: 1px solid var(--fl-grid-strong); border-radius: 4px; margin-left: 0.25rem; }
  `;

  @property() key = '';
  @property() axis: AxisMode = 'linear';
  @property() indexAt: string | null = null;
  /** The day an index starts at when the user has not chosen one: the chart's first day. */
  @property() firstDay: string | null = null;

  private change(axis: AxisMode, indexAt: string | null = this.indexAt): void {
    const detail: AxisChange = { key: this.key, axis, indexAt: axis === 'index' ? (indexAt ?? this.firstDay) : null };
    this.dispatchEvent(new CustomEvent<AxisChange>('axis-change', { detail, bubbles: true, composed: true }));
  }

  private save(format: 'png' | 'svg'): void {
    this.dispatchEvent(new CustomEvent<'png' | 'svg'>('export-chart', { detail: format, bubbles: true, composed: true }));
  }

  override render() {
    const mode = (axis: AxisMode, text: string, title: string) =>
      html`<button aria-pressed=${this.axis === axis} title=${title} @click=${() => this.change(axis)}>${text}</button>`;
    return html`
      <span class="toggle" part="group" role="group" aria-label="Value axis">
        ${mode('linear', 'Linear', 'Values on a linear axis from zero')}
        ${mode('log', 'Log', 'Logarithmic axis: equal steps are equal ratios, so small and large series both show their moves')}
        ${mode('index', 'Index', 'Each series as an index, 100 at the chosen day')}
      </span>
      ${this.axis === 'index'
        ? html`<label>100 at <iso-date-input name="index-at" label="Index date (100 at)" .value=${this.indexAt}
            @date-change=${(e: CustomEvent<string | null>) => this.change('index', e.detail)}></iso-date-input></label>`
        : nothing}
      <span class="save" part="group" role="group" aria-label="Save the chart">Save as
        <button @click=${() => this.save('png')}>PNG</button><button @click=${() => this.save('svg')}>SVG</button>
      </span>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'chart-toolbar': ChartToolbar;
  }
}
