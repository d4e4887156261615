import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';

/**
 * What is going on when there is no chart to show: loading, nothing there yet, or an error with a
 * way to try again. Announced to screen readers.
 *
 * @slot - the message, in words that say what to do
 * @fires retry - the user pressed "Try again" (errors only)
 * @csspart box - the message box
 */
@customElement('status-message')
export class StatusMessage extends LitElement {
  static override styles = css`
    :host { display: block; }
    div { padding: 0.75rem 1rem; border-radius: 6px; border: 1px dashed var(--fl-grid-strong); color: var(--fl-muted); }
    :host([kind='error']) div { border-style: solid; border-color: var(--fl-error); color: var(--fl-text); }
    button { font: inherit; margin-left: 0.5rem; padding: 0.15rem 0.6rem; }
    button:focus-visible { outline: 3px solid var(--fl-focus); outline-offset: 1px; }
  `;

  @property({ reflect: true }) kind: 'loading' | 'empty' | 'error' = 'loading';

  override render() {
    return html`<div part="box" role=${this.kind === 'error' ? 'alert' : 'status'} aria-busy=${this.kind === 'loading'}>
      <slot></slot>
      ${this.kind === 'error' ? html`<button @click=${() => this.dispatchEvent(new CustomEvent('retry'))}>Try again</button>` : nothing}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'status-message': StatusMessage;
  }
}
