import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, query } from 'lit/decorators.js';
import type { DocumentResponse } from '../src/api/types';
import { api } from './api-client';
import { FetchController } from './controllers/fetch-controller';
import { KIND_LABEL, describeValue, formatPeriod } from './format';

type DocFigure = DocumentResponse['figures'][number];

/**
 * An article with every extracted figure highlighted in its text, opened from a point. A modal
 * dialog: focus stays inside, Escape or "Close" returns to the chart.
 *
 * @fires document-close - the user closed the view
 * @csspart dialog - the dialog box
 * @csspart text - the article text
 */
@customElement('document-view')
export class DocumentView extends LitElement {
  static override styles = css`
    dialog {
      width: min(52rem, calc(100vw - 1rem)); max-height: calc(100vh - 2rem); padding: 0;
      background: var(--fl-surface); color: var(--fl-text); border: 1px solid var(--fl-grid-strong); border-radius: 8px;
    }
    dialog::backdrop { background: rgba(0, 0, 0, 0.45); }
    header { display: flex; gap: 1rem; align-items: start; justify-content: space-between; padding: 0.75rem 1rem;
      border-bottom: 1px solid var(--fl-grid); position: sticky; top: 0; background: var(--fl-surface); }
    h2 { font-size: 1.05rem; margin: 0; }
    .meta { color: var(--fl-muted); font-size: 0.8125rem; margin: 0.2rem 0 0; }
    .body { padding: 0.75rem 1rem 1rem; }
    .text { white-space: pre-wrap; line-height: 1.55; font-size: 0.9375rem; }
    mark { background: var(--fl-mark); color: inherit; border-radius: 2px; padding: 0 0.1em; }
    mark.current { outline: 2px solid var(--fl-focus); font-weight: 700; }
    button { font: inherit; padding: 0.3rem 0.8rem; }
    button:focus-visible, a:focus-visible { outline: 3px solid var(--fl-focus); outline-offset: 2px; }
    a { color: var(--fl-link); }
    .state { padding: 1rem; }
    details { margin-top: 1rem; font-size: 0.8125rem; }
    summary { cursor: pointer; font-weight: 600; }
    summary:focus-visible { outline: 3px solid var(--fl-focus); outline-offset: 2px; }
    table { border-collapse: collapse; width: 100%; margin-top: 0.5rem; }
    th, td { text-align: left; padding: 0.25rem 0.5rem 0.25rem 0; border-bottom: 1px solid var(--fl-grid); vertical-align: top; }
    tr.current td { font-weight: 700; }
  `;

  @property({ type: Number }) docId: number | null = null;
  /** The figure the view was opened from: outlined and scrolled to. */
  @property({ type: Number }) figureId: number | null = null;
  @query('dialog') private dialog!: HTMLDialogElement;

  private readonly doc = new FetchController(
    this,
    ([id], signal) => api.document(id, signal),
    () => (this.docId === null ? null : ([this.docId] as const)),
  );

  override updated(changed: PropertyValues<this>): void {
    if (changed.has('docId')) {
      if (this.docId !== null && !this.dialog.open) this.dialog.showModal();
      if (this.docId === null && this.dialog.open) this.dialog.close();
    }
    const current = this.renderRoot.querySelector('mark.current');
    if (current && this.doc.status === 'ok') current.scrollIntoView({ block: 'center' });
  }

  override render() {
    return html`<dialog part="dialog" aria-labelledby="title" @close=${this.onClose}>${this.body()}</dialog>`;
  }

  private body() {
    const close = html`<button @click=${() => this.dialog.close()}>Close</button>`;
    if (this.doc.status === 'loading' || this.doc.status === 'idle') {
      return html`<header><h2 id="title">Loading the article…</h2>${close}</header>`;
    }
    if (this.doc.status === 'error') {
      return html`<header><h2 id="title">The article could not be loaded</h2>${close}</header>
        <p class="state" role="alert">${this.doc.error?.message}</p>`;
    }
    const { document: d, figures } = this.doc.value!;
    const meta = [d.source, d.published && `published ${d.published}`, `${figures.length} figures extracted`].filter(Boolean).join(' · ');
    return html`
      <header>
        <div>
          <h2 id="title">${d.title ?? 'Untitled article'}</h2>
          <p class="meta">${meta}${webUrl(d.url) ? html` · <a href=${d.url} target="_blank" rel="noopener noreferrer">original</a>` : nothing}</p>
        </div>
        ${close}
      </header>
      <div class="body">
        <div class="text" part="text">${this.marked(d.text, figures)}</div>
        ${figures.length
          ? html`<details>
              <summary>All ${figures.length} figures in this article</summary>
              <table>
                <thead><tr><th scope="col">Words</th><th scope="col">Value</th><th scope="col">Kind</th><th scope="col">Date</th><th scope="col">Series</th></tr></thead>
                <tbody>${figures.map(
                  (f) => html`<tr class=${f.id === this.figureId ? 'current' : ''}>
                    <td>${f.text}</td><td>${describeValue(f)}</td><td>${KIND_LABEL[f.kind]}</td><td>${formatPeriod(f.asOf, f.asOfTo)}</td><td>${f.subject}</td>
                  </tr>`,
                )}</tbody>
              </table>
            </details>`
          : nothing}
      </div>
    `;
  }

  /** The text cut at each figure's span; overlapping spans keep the first so the text reads once. */
  private marked(text: string, figures: DocFigure[]) {
    const parts: unknown[] = [];
    let at = 0;
    for (const f of [...figures].sort((a, b) => a.start - b.start || b.end - a.end)) {
      if (f.start < at || f.end > text.length) continue;
      parts.push(text.slice(at, f.start));
      const title = `${describeValue(f)} · ${KIND_LABEL[f.kind]} · ${formatPeriod(f.asOf, f.asOfTo)} · ${f.subject}`;
      parts.push(html`<mark class=${f.id === this.figureId ? 'current' : ''} title=${title} data-figure=${f.id}>${text.slice(f.start, f.end)}</mark>`);
      at = f.end;
    }
    parts.push(text.slice(at));
    return parts;
  }

  private onClose(): void {
    this.dispatchEvent(new CustomEvent('document-close', { bubbles: true, composed: true }));
  }
}

/** Only http(s) links are offered: a stored `javascript:` or `data:` URL must never become a link. */
function webUrl(url: string | null): boolean {
  return !!url && /^https?:\/\//i.test(url);
}

declare global {
  interface HTMLElementTagNameMap {
    'document-view': DocumentView;
  }
}
