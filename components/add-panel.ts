import { LitElement, css, html, nothing } from 'lit';
import { panelStyles } from './shared-styles';
import { customElement, property, state } from 'lit/decorators.js';
import type { EventItem } from '../src/api/types';

type Part = 'paste' | 'events';

// Loaded on first open only: most visits read and never write, so the editors stay out of the
// first download (the dashboard's JS budget counts every byte the first chart waits for).
const loaders: Record<Part, () => Promise<unknown>> = {
  paste: () => import('./article-paste'),
  events: () => import('./event-editor'),
};

/**
 * Adding from the browser: paste an article (preview its figures, then save) and add, edit or
 * delete events. Both need a write token, asked for once here and kept in this element only
 * (never stored: closing the tab forgets it).
 *
 * @fires data-changed - bubbles up from the editors after a successful write
 * @csspart panel - the details element
 */
@customElement('add-panel')
export class AddPanel extends LitElement {
  static override styles = [
    panelStyles,
    css`
    .tabs { display: flex; gap: 0.5rem; margin: 0.5rem 0; flex-wrap: wrap; align-items: center; }
    .tabs button { font: inherit; padding: 0.2rem 0.7rem; }
    .tabs button[aria-pressed='true'] { background: var(--fl-accent); color: var(--fl-on-accent); border-color: var(--fl-accent); }
    label { font-size: 0.875rem; }
    input { font: inherit; }
    [role='alert'] { color: var(--fl-error, #b00020); }
  `,
  ];

  @property({ attribute: false }) events: EventItem[] = [];
  @state() private shown: Part | null = null;
  @state() private loaded = new Set<Part>();
  @state() private token = '';
  @state() private problem = '';

  private async show(part: Part): Promise<void> {
    this.shown = part;
    if (this.loaded.has(part)) return;
    try {
      await loaders[part]();
      this.loaded = new Set([...this.loaded, part]);
      this.problem = '';
    } catch {
      this.problem = 'The editor could not be loaded (the server may have been updated): reload the page and try again.';
    }
  }

  private editor() {
    if (!this.shown || !this.loaded.has(this.shown)) return nothing;
    return this.shown === 'paste'
      ? html`<article-paste .token=${this.token}></article-paste>`
      : html`<event-editor .token=${this.token} .events=${this.events}></event-editor>`;
  }

  override render() {
    return html`<details part="panel" @toggle=${(e: Event) => (e.target as HTMLDetailsElement).open && !this.shown && void this.show('paste')}>
      <summary>Add news and events</summary>
      <div class="tabs">
        <button type="button" aria-pressed=${this.shown === 'paste'} @click=${() => this.show('paste')}>Paste an article</button>
        <button type="button" aria-pressed=${this.shown === 'events'} @click=${() => this.show('events')}>Events</button>
        <label>Write token <input type="password" name="token" autocomplete="off" .value=${this.token}
          @input=${(e: Event) => (this.token = (e.target as HTMLInputElement).value.trim())} /></label>
      </div>
      ${this.problem ? html`<p role="alert">${this.problem}</p>` : ''}
      ${this.editor()}
    </details>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'add-panel': AddPanel;
  }
}
