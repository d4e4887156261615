import { LitElement, css, html, nothing } from 'lit';
import { panelStyles } from './shared-styles';
import { customElement, state } from 'lit/decorators.js';
import { curationApi } from './curation-client';
import { describeChange } from './curation-format';
import { FetchController } from './controllers/fetch-controller';

/**
 * What analysts changed (the audit, newest first) and the articles stored without a publication
 * date, each with a field to give it one (needs a write token, kept in this element only: never
 * stored, so closing the tab forgets it). Fetches only while open.
 *
 * @csspart panel - the details element
 */
@customElement('curation-panel')
export class CurationPanel extends LitElement {
  static override styles = [
    panelStyles,
    css`
    h3 { font-size: 0.95rem; margin: 1rem 0 0.4rem; }
    table { border-collapse: collapse; width: 100%; font-size: 0.8125rem; }
    th, td { text-align: left; padding: 0.25rem 0.5rem 0.25rem 0; border-bottom: 1px solid var(--fl-grid); vertical-align: top; }
    .muted { color: var(--fl-muted); }
    input, button { font: inherit; }
    [role='alert'] { color: var(--fl-error, #b00020); }
    ul { padding-left: 1.2rem; }
    li { margin: 0.4rem 0; }
  `,
  ];

  @state() private open = false;
  @state() private token = '';
  @state() private message = '';
  /** Bumped after a write so both lists load again. */
  @state() private round = 0;

  private readonly audit = new FetchController(this, (_a, signal) => curationApi.audit(signal), () => (this.open ? ([this.round] as const) : null));
  private readonly undated = new FetchController(this, (_a, signal) => curationApi.undated(signal), () => (this.open ? ([this.round] as const) : null));

  override render() {
    return html`<details part="panel" @toggle=${(e: Event) => (this.open = (e.target as HTMLDetailsElement).open)}>
      <summary>Curation: undated articles and the audit</summary>
      ${this.open ? this.body() : nothing}
    </details>`;
  }

  private body() {
    return html`
      <label>Write token <input type="password" autocomplete="off" .value=${this.token} @input=${(e: Event) => (this.token = (e.target as HTMLInputElement).value)}></label>
      ${this.message ? html`<p role="status">${this.message}</p>` : nothing}
      <h3>Undated articles</h3>
      ${this.undatedList()}
      <h3>Audit</h3>
      ${this.auditTable()}
    `;
  }

  private undatedList() {
    const u = this.undated;
    if (u.status === 'error') return html`<p role="alert">${u.error?.message}</p>`;
    if (u.status !== 'ok') return html`<p class="muted">Loading…</p>`;
    const docs = u.value!.documents;
    if (!docs.length) return html`<p class="muted">Every article has a publication date.</p>`;
    return html`<ul>
      ${docs.map(
        (d) => html`<li>
          <strong>${d.title ?? `Document ${d.id}`}</strong> <span class="muted">${d.source ?? ''} · ${d.figures.length} figures without a date</span>
          <form @submit=${(e: SubmitEvent) => this.date(e, d.id)}>
            <label>Published <input name="published" type="date" required></label>
            <button>Set date</button>
          </form>
        </li>`,
      )}
    </ul>`;
  }

  private auditTable() {
    const a = this.audit;
    if (a.status === 'error') return html`<p role="alert">${a.error?.message}</p>`;
    if (a.status !== 'ok') return html`<p class="muted">Loading…</p>`;
    const entries = a.value!.entries;
    if (!entries.length) return html`<p class="muted">No changes yet.</p>`;
    return html`<table>
      <thead><tr><th scope="col">When</th><th scope="col">Who</th><th scope="col">What</th><th scope="col">Change</th></tr></thead>
      <tbody>${entries.map(
        (e) => html`<tr><td>${e.at.slice(0, 16).replace('T', ' ')}</td><td>${e.by}</td><td>${e.action}: ${e.target}</td><td>${describeChange(e)}</td></tr>`,
      )}</tbody>
    </table>`;
  }

  private async date(event: SubmitEvent, id: number): Promise<void> {
    event.preventDefault();
    const published = new FormData(event.target as HTMLFormElement).get('published') as string;
    if (!this.token) {
      this.message = 'Enter a write token first (one of the server\'s FLOWLINE_TOKEN secrets).';
      return;
    }
    try {
      await curationApi.setPublished(id, published, this.token);
      this.message = `Document ${id} is now dated ${published}; its figures were extracted again.`;
      this.round++;
    } catch (error) {
      this.message = (error as Error).message;
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'curation-panel': CurationPanel;
  }
}
