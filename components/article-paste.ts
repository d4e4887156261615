import { LitElement, css, html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { PreviewResponse } from '../src/api/response-schemas-find';
import type { IngestResponse } from '../src/api/types';
import { findApi, type ArticleInput } from './find-client';
import { formatValue, KIND_LABEL } from './format';
import { markedText } from './marked-text';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Paste an article: its text, title, source, url and publication date (ISO, YYYY-MM-DD). Preview
 * shows the figures it would give highlighted in the text (POST /api/preview: same checks,
 * extractor and filing as the save, nothing stored); Save stores it with the token.
 *
 * @fires data-changed - after a save that added a document (detail: its id)
 */
@customElement('article-paste')
export class ArticlePaste extends LitElement {
  static override styles = css`
    :host { display: block; font-size: 0.875rem; }
    form { display: grid; grid-template-columns: max-content minmax(0, 1fr); gap: 0.35rem 0.6rem; align-items: center; max-width: 52rem; }
    textarea { min-height: 9rem; resize: vertical; }
    textarea, input { font: inherit; color: var(--fl-text); background: var(--fl-surface); border: 1px solid var(--fl-grid-strong); border-radius: 4px; padding: 0.25rem 0.4rem; }
    .actions { grid-column: 2; display: flex; gap: 0.5rem; }
    button { font: inherit; padding: 0.25rem 0.8rem; }
    button:focus-visible, input:focus-visible, textarea:focus-visible { outline: 3px solid var(--fl-focus); outline-offset: 1px; }
    .text { white-space: pre-wrap; line-height: 1.45; border: 1px solid var(--fl-grid); border-radius: 6px; padding: 0.5rem 0.7rem; max-height: 22rem; overflow-y: auto; }
    mark { background: var(--fl-mark, #ffe48a); color: inherit; border-radius: 2px; }
    table { border-collapse: collapse; margin-top: 0.5rem; font-size: 0.8125rem; }
    th, td { text-align: left; padding: 0.15rem 0.6rem 0.15rem 0; border-bottom: 1px solid var(--fl-grid); }
    [role='alert'] { color: var(--fl-error, #b00020); }
    .note { color: var(--fl-muted); }
  `;

  @property() token = '';
  @state() private busy = false;
  @state() private problem = '';
  @state() private preview: PreviewResponse | null = null;
  @state() private saved: IngestResponse | null = null;

  private article(): ArticleInput | null {
    const form = this.renderRoot.querySelector('form')!;
    const field = (name: string) => ((form.elements.namedItem(name) as HTMLInputElement | null)?.value ?? '').trim();
    const published = field('published');
    if (!field('text')) return this.fail('Paste the article text first.');
    if (published && !ISO_DAY.test(published)) return this.fail(`The publication date "${published}" is not written YYYY-MM-DD (e.g. 2017-10-24).`);
    if (!this.token) return this.fail('Enter the write token (the server’s FLOWLINE_TOKEN) above first.');
    return { text: field('text'), title: field('title') || null, source: field('source') || null, url: field('url') || null, published: published || null };
  }

  private fail(message: string): null {
    this.problem = message;
    return null;
  }

  private async run(what: 'preview' | 'save'): Promise<void> {
    const article = this.article();
    if (!article) return;
    this.busy = true;
    this.problem = '';
    try {
      if (what === 'preview') {
        this.preview = await findApi.preview(article, this.token);
        this.saved = null;
      } else {
        this.saved = await findApi.save(article, this.token);
        if (this.saved.created) this.dispatchEvent(new CustomEvent('data-changed', { detail: this.saved.document.id, bubbles: true, composed: true }));
      }
    } catch (error) {
      this.problem = (error as Error).message;
    } finally {
      this.busy = false;
    }
  }

  private previewView() {
    const p = this.preview;
    if (!p) return '';
    const figures = [...p.figures].sort((a, b) => a.start - b.start || a.end - b.end);
    const describe = (i: number) => {
      const f = figures[i]!;
      return `${KIND_LABEL[f.kind]} ${formatValue(f.value, f.unit)} · ${f.measure} · ${f.asOf ?? 'undated'}`;
    };
    return html`<h4>Figures this article gives: ${p.figures.length}</h4>
      ${p.notes.map((n) => html`<p class="note">${n}</p>`)}
      <div class="text" aria-label="The article with its figures marked">${markedText(p.text, figures.map((f) => [f.start, f.end] as const), describe)}</div>
      ${figures.length
        ? html`<table>
            <thead><tr><th>Words</th><th>Value</th><th>Kind</th><th>Measure</th><th>Date</th><th>Series</th></tr></thead>
            <tbody>${figures.map((f) => html`<tr><td>${f.text}</td><td>${formatValue(f.value, f.unit)}</td><td>${KIND_LABEL[f.kind]}</td><td>${f.measure}</td><td>${f.asOf ?? 'undated'}${f.asOfTo ? ` – ${f.asOfTo}` : ''}</td><td>${f.series}</td></tr>`)}</tbody>
          </table>`
        : html`<p class="note">No figures found: saving would store the text without figures.</p>`}`;
  }

  override render() {
    const s = this.saved;
    return html`<form @submit=${(e: Event) => (e.preventDefault(), void this.run('preview'))}>
        <label for="text">Text</label><textarea id="text" name="text" required></textarea>
        <label for="title">Title</label><input id="title" name="title" maxlength="1000" />
        <label for="source">Source</label><input id="source" name="source" maxlength="1000" placeholder="ministry, company, tanker tracker, wire…" />
        <label for="url">URL</label><input id="url" name="url" type="url" placeholder="https://…" />
        <label for="published">Published</label><input id="published" name="published" inputmode="numeric" placeholder="YYYY-MM-DD" pattern="\\d{4}-\\d{2}-\\d{2}" />
        <div class="actions">
          <button type="submit" ?disabled=${this.busy}>Preview figures</button>
          <button type="button" ?disabled=${this.busy || !this.preview} @click=${() => this.run('save')}>Save article</button>
        </div>
      </form>
      ${this.problem ? html`<p role="alert">${this.problem}</p>` : ''}
      ${s ? html`<p role="status">${s.created ? `Saved as document ${s.document.id} with ${s.figures.length} figures; open dashboards show them within seconds.` : `This text was saved before (document ${s.document.id}); nothing added.`}</p>` : ''}
      ${this.previewView()}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'article-paste': ArticlePaste;
  }
}
