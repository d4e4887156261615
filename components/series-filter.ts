import { LitElement, css, html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { FigureKind, Unit } from '../src/extract/types';
import { FIGURE_KINDS } from '../src/extract/types';
import type { SeriesSummary } from '../src/api/types';
import { KIND_LABEL } from './format';
import './iso-date-input';

export interface FilterChange {
  series?: string[];
  from?: string | null;
  to?: string | null;
  kinds?: FigureKind[];
}

// A series' count is its observations, as the charts draw them: four articles repeating one
// figure are one point on the chart, so the list says 1, and the tooltip says how many reports.
function countTitle(s: SeriesSummary): string {
  const plural = (n: number, word: string) => `${n.toLocaleString('en-US')} ${word}${n === 1 ? '' : 's'}`;
  return `${plural(s.observations, 'observation')} from ${plural(s.reports, 'report')}`;
}

/**
 * Which series, dates and kinds of figure the trend charts show. Series are grouped by unit: the
 * series of one unit share a chart.
 *
 * @fires filter-change - detail: FilterChange, only the parts the user changed
 * @csspart group - a fieldset
 */
@customElement('series-filter')
export class SeriesFilter extends LitElement {
  static override styles = css`
    :host { display: block; font-size: 0.875rem; }
    fieldset { border: 1px solid var(--fl-grid); border-radius: 6px; margin: 0 0 0.75rem; padding: 0.5rem 0.75rem; min-width: 0; }
    legend { font-weight: 600; padding: 0 0.25rem; }
    .series { max-height: 22rem; overflow-y: auto; }
    h3 { font-size: 0.75rem; text-transform: uppercase; letter-spacing: 0.04em; color: var(--fl-muted); margin: 0.5rem 0 0.2rem; }
    label { display: flex; gap: 0.4rem; align-items: baseline; padding: 0.15rem 0; cursor: pointer; }
    .count { color: var(--fl-muted); font-size: 0.75rem; margin-left: auto; padding-left: 0.5rem; white-space: nowrap; }
    .dates { display: grid; grid-template-columns: auto 1fr; gap: 0.35rem 0.5rem; align-items: center; }
    input[type='search'] { font: inherit; width: 100%; box-sizing: border-box; margin-bottom: 0.25rem; color: var(--fl-text);
      background: var(--fl-surface); border: 1px solid var(--fl-grid-strong); border-radius: 4px; padding: 0.2rem 0.4rem; }
    input:focus-visible, button:focus-visible { outline: 3px solid var(--fl-focus); outline-offset: 1px; }
    input[type='checkbox'] { accent-color: var(--fl-accent); margin: 0; flex: none; transform: translateY(1px); }
    button { font: inherit; margin-top: 0.5rem; padding: 0.2rem 0.6rem; }
  `;

  @property({ attribute: false }) series: SeriesSummary[] = [];
  @property({ attribute: false }) selected: string[] = [];
  @property() from: string | null = null;
  @property() to: string | null = null;
  @property({ attribute: false }) kinds: FigureKind[] = [];
  /** Narrows a long series list; a typing aid, so it stays out of the URL. */
  @state() private query = '';

  private emit(detail: FilterChange): void {
    this.dispatchEvent(new CustomEvent<FilterChange>('filter-change', { detail, bubbles: true, composed: true }));
  }

  private toggleSeries(id: string, on: boolean): void {
    const next = on ? [...this.selected, id] : this.selected.filter((s) => s !== id);
    this.emit({ series: [...new Set(next)] });
  }

  private toggleKind(kind: FigureKind, on: boolean): void {
    this.emit({ kinds: FIGURE_KINDS.filter((k) => (k === kind ? on : this.kinds.includes(k))) });
  }

  override render() {
    const byUnit = new Map<Unit, SeriesSummary[]>();
    const q = this.query.trim().toLowerCase();
    // Chosen series always stay listed, so they can be switched off while searching.
    const listed = q ? this.series.filter((s) => this.selected.includes(s.id) || `${s.label} ${s.id}`.toLowerCase().includes(q)) : this.series;
    for (const s of listed) (byUnit.get(s.unit) ?? byUnit.set(s.unit, []).get(s.unit))!.push(s);
    const date = (name: 'from' | 'to', value: string | null) => html`<iso-date-input id=${name} name=${name} label=${name === 'from' ? 'From' : 'To'}
      .value=${value} @date-change=${(e: CustomEvent<string | null>) => this.emit({ [name]: e.detail })}></iso-date-input>`;
    return html`
      <fieldset part="group" class="series">
        <legend>Series</legend>
        ${this.series.length > 12
          ? html`<input type="search" name="q" placeholder="Find a series" aria-label="Find a series" .value=${this.query}
              @input=${(e: Event) => (this.query = (e.target as HTMLInputElement).value)} />`
          : ''}
        ${[...byUnit].map(
          ([unit, list]) => html`<h3>${unit}</h3>
            ${list.map(
              (s) => html`<label>
                <input type="checkbox" name="series" value=${s.id} .checked=${this.selected.includes(s.id)}
                  @change=${(e: Event) => this.toggleSeries(s.id, (e.target as HTMLInputElement).checked)} />
                <span>${s.label}</span><span class="count" title=${countTitle(s)}>${s.observations}</span>
              </label>`,
            )}`,
        )}
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
