import { LitElement, css, html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { SeriesSummary } from '../src/api/types';
import type { SearchResponse } from '../src/api/response-schemas-find';
import { FetchController } from './controllers/fetch-controller';
import { formatCount } from './format';
import { findApi, SEARCH_PAGE } from './find-client';
import './search-results';

export interface PickerChange {
  series?: string[];
  pins?: string[];
  doc?: number | null;
  fig?: number | null;
}

/** Up to this many series every entity's group starts open. */
const OPEN_ALL_UP_TO = 24;

/** Waiting this long after the last key before searching keeps a typed word one request. */
const TYPING_MS = 250;

// A series label says "entity · measure · unit"; the entity part names the group.
const entityOf = (s: SeriesSummary) => s.label.split(' · ')[0] ?? s.entity;
const restOf = (s: SeriesSummary) => s.label.split(' · ').slice(1).join(' · ') || s.label;

function countTitle(s: SeriesSummary): string {
  const plural = (n: number, word: string) => `${formatCount(n)} ${word}${n === 1 ? '' : 's'}`;
  return `${plural(s.observations, 'observation')} from ${plural(s.reports, 'report')}`;
}

function range(s: SeriesSummary): string {
  if (!s.first) return 'no dated figures';
  return s.first === s.last ? s.first : `${s.first} – ${s.last}`;
}

/**
 * Choosing series: grouped by entity and then measure, each with its count of observations and
 * its date range; favourites pinned (kept in the URL) at the top; and a search over series names,
 * entities, their aliases and the articles' text (GET /api/search), the articles shown with the
 * sentence that matched.
 *
 * @fires filter-change - detail: PickerChange (series, pins, or the document to open)
 */
@customElement('series-picker')
export class SeriesPicker extends LitElement {
  static override styles = css`
    :host { display: block; }
    input[type='search'] { font: inherit; width: 100%; box-sizing: border-box; margin-bottom: 0.35rem; color: var(--fl-text);
      background: var(--fl-surface); border: 1px solid var(--fl-grid-strong); border-radius: 4px; padding: 0.25rem 0.4rem; }
    .list { max-height: 26rem; overflow-y: auto; }
    h3 { font-size: 0.75rem; text-transform: uppercase; letter-spacing: 0.04em; color: var(--fl-muted); margin: 0.6rem 0 0.2rem; }
    details { margin: 0.1rem 0; }
    summary { cursor: pointer; font-weight: 600; font-size: 0.8125rem; }
    summary .n { font-weight: normal; color: var(--fl-muted); }
    .row { display: grid; grid-template-columns: auto minmax(0, 1fr) auto auto; gap: 0.1rem 0.4rem; align-items: baseline; padding: 0.12rem 0; }
    .row label { display: contents; cursor: pointer; }
    .dates { grid-column: 2 / 5; color: var(--fl-muted); font-size: 0.6875rem; }
    .count { color: var(--fl-muted); font-size: 0.75rem; white-space: nowrap; }
    .pin { border: 0; background: none; cursor: pointer; font-size: 0.95rem; line-height: 1; padding: 0 0.1rem; color: var(--fl-muted); }
    .pin[aria-pressed='true'] { color: var(--fl-accent); }
    .hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
    .via { color: var(--fl-muted); font-size: 0.6875rem; }
    input[type='checkbox'] { accent-color: var(--fl-accent); margin: 0; transform: translateY(1px); }
    input:focus-visible, button:focus-visible, summary:focus-visible { outline: 3px solid var(--fl-focus); outline-offset: 1px; }
    [role='alert'] { color: var(--fl-error, #b00020); font-size: 0.8125rem; }
  `;

  @property({ attribute: false }) series: SeriesSummary[] = [];
  @property({ attribute: false }) selected: string[] = [];
  @property({ attribute: false }) pins: string[] = [];
  /** What is typed (a typing aid: not in the URL), and what was searched after a pause. */
  @state() private typed = '';
  @state() private query = '';
  @state() private offset = 0;
  private typing: ReturnType<typeof setTimeout> | undefined;

  private readonly found = new FetchController<readonly [string, number], SearchResponse>(
    this,
    ([q, offset], signal) => findApi.search(q, offset, signal),
    () => (this.query.length >= 2 ? ([this.query, this.offset] as const) : null),
  );

  private emit(detail: PickerChange): void {
    this.dispatchEvent(new CustomEvent<PickerChange>('filter-change', { detail, bubbles: true, composed: true }));
  }

  private toggle(id: string, on: boolean): void {
    this.emit({ series: [...new Set(on ? [...this.selected, id] : this.selected.filter((s) => s !== id))] });
  }

  private pin(id: string): void {
    this.emit({ pins: this.pins.includes(id) ? this.pins.filter((p) => p !== id) : [...this.pins, id] });
  }

  private onInput(value: string): void {
    this.typed = value;
    clearTimeout(this.typing);
    this.typing = setTimeout(() => {
      this.query = value.trim();
      this.offset = 0;
    }, TYPING_MS);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.typing);
  }

  /** One series; under its entity's heading the entity is left out of sight but kept for screen readers. */
  private row(s: SeriesSummary, grouped: boolean, via = '') {
    const pinned = this.pins.includes(s.id);
    return html`<div class="row">
      <label>
        <input type="checkbox" name="series" value=${s.id} .checked=${this.selected.includes(s.id)}
          @change=${(e: Event) => this.toggle(s.id, (e.target as HTMLInputElement).checked)} />
        <span>${grouped ? html`<span class="hidden">${entityOf(s)} · </span>${restOf(s)}` : s.label}${via ? html` <span class="via">${via}</span>` : ''}</span>
        <span class="count" title=${countTitle(s)}>${formatCount(s.observations)}</span>
      </label>
      <button class="pin" type="button" aria-pressed=${pinned} aria-label=${`${pinned ? 'Unpin' : 'Pin'} ${s.label}`}
        title=${pinned ? 'Pinned: listed first and kept in the link' : 'Pin as a favourite'} @click=${() => this.pin(s.id)}>${pinned ? '★' : '☆'}</button>
      <span class="dates">${range(s)}</span>
    </div>`;
  }

  /** Entity → measure → series, entities in label order; an entity with one series is one line. */
  private grouped(list: SeriesSummary[]) {
    const byEntity = new Map<string, SeriesSummary[]>();
    for (const s of [...list].sort((a, b) => a.label.localeCompare(b.label))) {
      (byEntity.get(entityOf(s)) ?? byEntity.set(entityOf(s), []).get(entityOf(s))!).push(s);
    }
    return [...byEntity].map(([entity, group]) => {
      const observations = group.reduce((n, s) => n + s.observations, 0);
      // A short list is shown whole; a long one opens only where something is chosen.
      const open = this.series.length <= OPEN_ALL_UP_TO || group.some((s) => this.selected.includes(s.id));
      return html`<details ?open=${open} data-entity=${entity}>
        <summary>${entity} <span class="n">${group.length} series, ${formatCount(observations)} obs.</span></summary>
        ${group.map((s) => this.row(s, true))}
      </details>`;
    });
  }

  private searchResults() {
    const f = this.found;
    if (f.status === 'error') return html`<p role="alert">${f.error?.message}</p>`;
    if (!f.value) return html`<p class="via" role="status">Searching…</p>`;
    const known = new Map(this.series.map((s) => [s.id, s]));
    const hits = f.value.series.flatMap((h) => (known.has(h.id) ? [{ h, s: known.get(h.id)! }] : []));
    return html`
      <h3>Series</h3>
      ${hits.length
        ? hits.map(({ h, s }) => this.row(s, false, h.matched === 'alias' ? `(another name of ${h.entityLabel ?? h.entity})` : ''))
        : html`<p class="via">No series name holds these words.</p>`}
      <h3>Articles</h3>
      <search-results .hits=${f.value.documents} .total=${f.value.total} .offset=${f.value.offset} .pageSize=${SEARCH_PAGE}
        @document-open=${(e: CustomEvent<number>) => this.emit({ doc: e.detail, fig: null })}
        @series-add=${(e: CustomEvent<string[]>) => this.emit({ series: [...new Set([...this.selected, ...e.detail.filter((id) => known.has(id))])] })}
        @page=${(e: CustomEvent<number>) => (this.offset = e.detail)}></search-results>
    `;
  }

  override render() {
    const pinned = this.pins.flatMap((id) => this.series.filter((s) => s.id === id));
    return html`
      <input type="search" name="q" placeholder="Search series and articles" aria-label="Search series, places and article text"
        .value=${this.typed} @input=${(e: Event) => this.onInput((e.target as HTMLInputElement).value)} />
      <div class="list">
        ${this.query.length >= 2
          ? this.searchResults()
          : html`${pinned.length ? html`<h3>Pinned</h3>${pinned.map((s) => this.row(s, false))}` : ''}
              <h3>By place and measure</h3>
              ${this.grouped(this.series)}`}
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'series-picker': SeriesPicker;
  }
}
