import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { EventItem, SeriesSummary } from '../src/api/types';
import { api } from './api-client';
import { FetchController } from './controllers/fetch-controller';
import { formatChange, formatPercent, formatValue } from './format';
import { WINDOW_CHOICES } from './view-state';
import './compare-chart';
import './data-table';
import './status-message';
import './reference-means';

export interface CompareChoice {
  compare: string | null;
  event: string | null;
  window: number;
}

/**
 * Before/after an event: choose a series, an event and a window of days on each side; see the mean
 * level on each side (two windows of equal length; a figure over a period counts only on a side it
 * lies wholly inside, the others are listed apart with why), the absolute and percent change, how
 * many observations, reports and documents each side
 * rests on, and a chart of it. The choice is owned by the app (it lives in the URL).
 *
 * @fires compare-change - detail: CompareChoice. The user changed the series, event or window.
 * @fires point-select - detail: Point. "Open" on one of the reports behind the numbers.
 * @csspart result - the numbers table
 */
@customElement('compare-panel')
export class ComparePanel extends LitElement {
  static override styles = css`
    :host { display: block; }
    form { display: flex; flex-wrap: wrap; gap: 0.5rem 1rem; align-items: end; margin-bottom: 0.75rem; }
    /* max-width: a long option (an event's label) must not widen its label past a narrow screen. */
    label { display: grid; gap: 0.2rem; font-size: 0.8125rem; color: var(--fl-muted); min-width: 0; max-width: 100%;
      grid-template-columns: minmax(0, auto); }
    select, input { font: inherit; color: var(--fl-text); background: var(--fl-surface); border: 1px solid var(--fl-grid-strong);
      border-radius: 4px; padding: 0.3rem 0.4rem; max-width: 100%; }
    select:focus-visible, input:focus-visible { outline: 3px solid var(--fl-focus); outline-offset: 1px; }
    input[type='number'] { width: 6rem; }
    table { border-collapse: collapse; margin-bottom: 0.75rem; font-variant-numeric: tabular-nums; width: 100%; max-width: 40rem; }
    th, td { text-align: left; padding: 0.3rem 0.6rem 0.3rem 0; border-bottom: 1px solid var(--fl-grid); vertical-align: top; }
    td.big { font-size: 1.1rem; font-weight: 600; }
    details { margin-top: 0.75rem; }
    .straddlers { margin-top: 0.5rem; font-size: 0.875rem; }
    .straddlers ul { margin: 0.2rem 0 0; padding-left: 1.1rem; }
    summary { cursor: pointer; font-weight: 600; font-size: 0.875rem; }
    summary:focus-visible { outline: 3px solid var(--fl-focus); outline-offset: 1px; }
    data-table { margin-top: 0.5rem; }
    .sub { display: block; color: var(--fl-muted); font-size: 0.75rem; font-weight: normal; }
  `;

  @property({ attribute: false }) series: SeriesSummary[] = [];
  @property({ attribute: false }) events: EventItem[] = [];
  @property({ attribute: false }) choice: CompareChoice = { compare: null, event: null, window: 30 };
  /** The user picked "custom" but has not typed a number yet. */
  @state() private custom = false;

  private readonly result = new FetchController(
    this,
    ([s, e, w], signal) => api.compare(s, e, w, signal),
    () => (this.choice.compare && this.choice.event ? ([this.choice.compare, this.choice.event, this.choice.window] as const) : null),
  );

  private change(part: Partial<CompareChoice>): void {
    const detail = { ...this.choice, ...part };
    this.dispatchEvent(new CustomEvent<CompareChoice>('compare-change', { detail, bubbles: true, composed: true }));
  }

  private onWindow(e: Event): void {
    const v = (e.target as HTMLSelectElement).value;
    this.custom = v === 'custom';
    if (!this.custom) this.change({ window: Number(v) });
  }

  override render() {
    const { compare, event, window } = this.choice;
    const isCustom = this.custom || !(WINDOW_CHOICES as readonly number[]).includes(window);
    return html`
      <form @submit=${(e: Event) => e.preventDefault()}>
        <label>Series
          <select name="series" @change=${(e: Event) => this.change({ compare: (e.target as HTMLSelectElement).value || null })}>
            <option value="" ?selected=${!compare}>Choose a series…</option>
            ${this.series.map((s) => html`<option value=${s.id} ?selected=${s.id === compare}>${s.label}</option>`)}
          </select>
        </label>
        <label>Event
          <select name="event" @change=${(e: Event) => this.change({ event: (e.target as HTMLSelectElement).value || null })}>
            <option value="" ?selected=${!event}>Choose an event…</option>
            ${this.events.map((ev) => html`<option value=${ev.id} ?selected=${ev.id === event}>${ev.label} (${ev.date})</option>`)}
          </select>
        </label>
        <label>Window each side
          <select name="window" @change=${this.onWindow}>
            ${WINDOW_CHOICES.map((w) => html`<option value=${w} ?selected=${!isCustom && w === window}>${w} days</option>`)}
            <option value="custom" ?selected=${isCustom}>Custom…</option>
          </select>
        </label>
        ${isCustom
          ? html`<label>Days
              <input name="days" type="number" min="1" max="3650" .value=${String(window)}
                @change=${(e: Event) => {
                  const n = Math.round(Number((e.target as HTMLInputElement).value));
                  if (n >= 1 && n <= 3650) this.change({ window: n });
                }} />
            </label>`
          : nothing}
      </form>
      ${this.resultView()}
    `;
  }

  private resultView() {
    const r = this.result;
    if (r.status === 'idle') return html`<status-message kind="empty">Choose a series and an event to compare the level before and after it.</status-message>`;
    if (r.status === 'loading' && !r.value) return html`<status-message kind="loading">Comparing…</status-message>`;
    if (r.status === 'error') return html`<status-message kind="error" @retry=${() => r.retry()}>${r.error?.message}</status-message>`;
    const c = r.value!;
    const unit = c.series.unit;
    const side = (s: typeof c.before) =>
      html`<td class="big">${s.mean === null ? 'no reports' : formatValue(Math.round(s.mean), unit)}
        <span class="sub">${s.from} – ${s.to}</span>
        <span class="sub">${s.count} observation${s.count === 1 ? '' : 's'} from ${s.reports} report${s.reports === 1 ? '' : 's'} in ${s.documents} document${s.documents === 1 ? '' : 's'}</span></td>`;
    return html`
      <table part="result" aria-live="polite">
        <thead><tr><th scope="col">Before ${c.event.label}</th><th scope="col">After</th><th scope="col">Change</th></tr></thead>
        <tbody><tr>
          ${side(c.before)}${side(c.after)}
          <td class="big">${c.change === null ? 'not enough reports' : formatChange(Math.round(c.change), unit)}
            <span class="sub">${c.percentChange === null ? '' : formatPercent(Math.round(c.percentChange * 10) / 10)}</span></td>
        </tr></tbody>
      </table>
      <reference-means .result=${c}></reference-means>
      <compare-chart .result=${c}></compare-chart>
      ${c.straddlers.length
        ? html`<div class="straddlers" part="straddlers">
            <strong>Not counted on either side: ${c.straddlers.length} figure${c.straddlers.length === 1 ? '' : 's'} over a period that does not lie wholly inside one window</strong>
            <ul>${c.straddlers.map((s) => html`<li>${formatValue(s.observation.value, unit)} — ${s.why}</li>`)}</ul>
          </div>`
        : nothing}
      <details>
        <summary>The ${c.before.reports + c.after.reports} reports behind these numbers</summary>
        <data-table caption="Before ${c.event.label} (${c.before.from} – ${c.before.to})" .points=${c.before.points}
          .labels=${{ [c.series.id]: c.series.label }}></data-table>
        <data-table caption="After (${c.after.from} – ${c.after.to})" .points=${c.after.points}
          .labels=${{ [c.series.id]: c.series.label }}></data-table>
      </details>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'compare-panel': ComparePanel;
  }
}
