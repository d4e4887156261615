import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { FigureKind } from '../src/extract/types';
import { everythingCsvUrl, shownCsvUrl } from './api-client';

/**
 * Download links: a CSV of exactly the series, dates and kinds on screen, the same "for Excel"
 * (with a UTF-8 byte-order mark, without which Excel garbles "–" and "€"), and one of everything.
 *
 * @csspart link - each link
 */
@customElement('csv-links')
export class CsvLinks extends LitElement {
  static override styles = css`
    :host { display: inline-flex; flex-wrap: wrap; gap: 0.5rem; font-size: 0.875rem; }
    a { color: var(--fl-link); padding: 0.25rem 0.5rem; border: 1px solid var(--fl-grid-strong); border-radius: 4px; text-decoration: none; }
    a:hover { text-decoration: underline; }
    a:focus-visible { outline: 3px solid var(--fl-focus); outline-offset: 1px; }
  `;

  @property({ attribute: false }) series: string[] = [];
  @property() from: string | null = null;
  @property() to: string | null = null;
  @property({ attribute: false }) kinds: FigureKind[] = [];
  /** Kinds of source shown (empty = all). */
  @property({ attribute: false }) sources: string[] = [];

  override render() {
    return html`
      ${this.series.length
        ? html`<a part="link" id="csv-shown" download href=${shownCsvUrl(this.series, this.from, this.to, this.kinds, false, this.sources)}>CSV of what is shown</a>
            <a part="link" id="csv-excel" download title="The same CSV with a byte-order mark, so Excel reads its UTF-8 text right"
              href=${shownCsvUrl(this.series, this.from, this.to, this.kinds, true, this.sources)}>CSV for Excel</a>`
        : ''}
      <a part="link" id="csv-all" download href=${everythingCsvUrl()}>CSV of everything</a>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'csv-links': CsvLinks;
  }
}
