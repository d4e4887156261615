import { LitElement, css, html } from 'lit';
import { filterStyles } from './shared-styles';
import { customElement, property } from 'lit/decorators.js';
import type { FigureKind } from '../src/extract/types';
import { FIGURE_KINDS } from '../src/extract/types';
import type { SeriesSummary } from '../src/api/types';
import type { PickerChange } from './series-picker';
import './series-picker';
import { KIND_LABEL } from './format';
import './iso-date-input';

/** What the user changed; the series picker's changes (series, pins, a document to open) pass through. */
export interface FilterChange extends PickerChange {
  from?: string | null;
  to?: string | null;
  kinds?: FigureKind[];
}

/**
 * Which series (chosen in <series-picker>), dates and kinds of figure the trend charts show.
 *
 * @fires filter-change - detail: FilterChange, only the parts the user changed
 * @csspart group - a fieldset
 */
@customElement('series-filter')
export class SeriesFilter extends LitElement {
  static override styles = [
    filterStyles,
    css`
    h3 { font-size: 0.75rem; text-transform: uppercase; letter-spacing: 0.04em; color: var(--fl-muted); margin: 0.5rem 0 0.2rem; }
    label { display: flex; gap: 0.4rem; align-items: baseline; padding: 0.15rem 0; cursor: pointer; }
    .count { color: var(--fl-muted); font-size: 0.75rem; margin-left: auto; padding-left: 0.5rem; white-space: nowrap; }
    .dates { display: grid; grid-template-columns: auto 1fr; gap: 0.35rem 0.5rem; align-items: center; }
    input[type='search'] { font: inherit; width: 100%; box-sizing: border-box; margin-bottom: 0.25rem; color: var(--fl-text);
      background: var(--fl-surface); border: 1px solid var(--fl-grid-strong); border-radius: 4px; padding: 0.2rem 0.4rem; }
    input:focus-visible, button:focus-visible { outline: 3px solid var(--fl-focus); outline-offset: 1px; }
    input[type='checkbox'] { accent-color: var(--fl-accent); margin: 0; flex: none; transform: translateY(1px); }
    button { font: inherit; margin-top: 0.5rem; padding: 0.2rem 0.6rem; }
  `,
  ];

  @property({ attribute: false }) series: SeriesSummary[] = [];
  @property({ attribute: false }) selected: string[] = [];
  @property() from: string | null = null;
  @property() to: string | null = null;
  @property({ attribute: false }) kinds: FigureKind[] = [];
  @property({ attribute: false }) pins: string[] = [];

  private emit(detail: FilterChange): void {
    this.dispatchEvent(new CustomEvent<FilterChange>('filter-change', { detail, bubbles: true, composed: true }));
  }

  private toggleKind(kind: FigureKind, on: boolean): void {
    this.emit({ kinds: FIGURE_KINDS.filter((k) => (k === kind ? on : this.kinds.includes(k))) });
  }

  override render() {
    const date = (name: 'from' | 'to', value: string | null) => html`<iso-date-input id=${name} name=${name} label=${name === 'from' ? 'From' : 'To'}
      .value=${value} @date-change=${(e: CustomEvent<string | null>) => this.emit({ [name]: e.detail })}></iso-date-input>`;
    return html`
      <fieldset part="group" class="series">
        <legend>Series</legend>
        <series-picker .series=${this.series} .selected=${this.selected} .pins=${this.pins}></series-picker>
      </fieldset>
      <fieldset part="group">
        <legend>Dates</legend>
        <div class="dates">
          <label for="from">From</label>${date('from', this.from)}
          <label for="to">To</label>${date('to', this.to)}
        </div>
        <button type="button" ?disabled=${!this.from && !this.to} @click=${() => this.emit({ from: null, to: null })}>All dates</button>
      </fieldset>
      <fieldset part="group">
        <legend>Kinds of figure</legend>
        ${FIGURE_KINDS.map(
          (k) => html`<label><input type="checkbox" name="kinds" value=${k} .checked=${this.kinds.includes(k)}
            @change=${(e: Event) => this.toggleKind(k, (e.target as HTMLInputElement).checked)} />${KIND_LABEL[k]}</label>`,
        )}
      </fieldset>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'series-filter': SeriesFilter;
  }
}
