import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { DocumentHit } from '../src/db/repo/search';
import { markedText } from './marked-text';

/**
 * Articles found by a search: title, date, source and the sentence that matched with the words
 * marked; each can be opened at its text or have its series added to the charts.
 *
 * @fires document-open - detail: the document id
 * @fires series-add - detail: the ids of the series the document's figures belong to
 * @fires page - detail: the offset of the page asked for
 */
@customElement('search-results')
export class SearchResults extends LitElement {
  static override styles = css`
    :host { display: block; }
    ol { list-style: none; margin: 0; padding: 0; }
    li { border-bottom: 1px solid var(--fl-grid); padding: 0.4rem 0; }
    .meta { color: var(--fl-muted); font-size: 0.75rem; }
    q { display: block; quotes: none; margin: 0.2rem 0; line-height: 1.35; }
    mark { background: var(--fl-mark, #ffe48a); color: inherit; border-radius: 2px; padding: 0 1px; }
    button { font: inherit; font-size: 0.75rem; padding: 0.1rem 0.45rem; margin-right: 0.35rem; }
    button:focus-visible { outline: 3px solid var(--fl-focus); outline-offset: 1px; }
    .pages { display: flex; gap: 0.5rem; align-items: center; margin-top: 0.35rem; font-size: 0.75rem; color: var(--fl-muted); }
  `;

  @property({ attribute: false }) hits: DocumentHit[] = [];
  @property({ type: Number }) total = 0;
  @property({ type: Number }) offset = 0;
  @property({ type: Number }) pageSize = 10;

  private emit<T>(name: string, detail: T): void {
    this.dispatchEvent(new CustomEvent<T>(name, { detail, bubbles: true, composed: true }));
  }

  override render() {
    if (!this.hits.length) return html`<p class="meta">No article holds all these words.</p>`;
    const last = Math.min(this.offset + this.hits.length, this.total);
    return html`
      <ol aria-label="Articles found">
        ${this.hits.map(
          (d) => html`<li>
            <div><strong>${d.title ?? 'Untitled article'}</strong></div>
            <div class="meta">${[d.published ?? 'undated', d.source].filter(Boolean).join(' · ')}</div>
            <q class="sentence">${markedText(d.sentence.text, d.sentence.marks)}</q>
            <button type="button" @click=${() => this.emit('document-open', d.id)}>Open article</button>
            ${d.series.length
              ? html`<button type="button" title=${d.series.join(', ')} @click=${() => this.emit('series-add', d.series)}>Chart its ${d.series.length} series</button>`
              : ''}
          </li>`,
        )}
      </ol>
      <div class="pages">
        <span>${this.offset + 1}–${last} of ${this.total.toLocaleString('en-US')}</span>
        <button type="button" ?disabled=${this.offset === 0} @click=${() => this.emit('page', Math.max(0, this.offset - this.pageSize))}>Previous</button>
        <button type="button" ?disabled=${last >= this.total} @click=${() => this.emit('page', this.offset + this.pageSize)}>Next</button>
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'search-results': SearchResults;
  }
}
