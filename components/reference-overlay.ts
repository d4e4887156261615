import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';

/**
 * The checkbox that draws the official reference series (the EIA's Brent spot price) beside the
 * news series they cover, as a thin solid line without markers. Shown only when a reference covers
 * one of the shown series; its state lives in the URL (`ref=1`).
 *
 * @fires reference-toggle - detail: boolean. The user switched the overlay on or off.
 */
@customElement('reference-overlay')
export class ReferenceOverlay extends LitElement {
  static override styles = css`
    :host { display: inline-block; font-size: 0.875rem; }
    label { display: inline-flex; gap: 0.35rem; align-items: center; cursor: pointer; }
    input:focus-visible { outline: 3px solid var(--fl-focus); outline-offset: 1px; }
    .what { color: var(--fl-muted); font-size: 0.8125rem; }
  `;

  /** Labels of the references that cover the shown series ("EIA Brent spot"). */
  @property({ attribute: false }) labels: string[] = [];
  @property({ type: Boolean }) checked = false;

  override render() {
    if (!this.labels.length) return nothing;
    return html`<label>
      <input type="checkbox" name="reference" .checked=${this.checked}
        @change=${(e: Event) => this.dispatchEvent(new CustomEvent<boolean>('reference-toggle', { detail: (e.target as HTMLInputElement).checked, bubbles: true, composed: true }))} />
      Official series: ${this.labels.join(', ')} <span class="what">(thin solid line)</span>
    </label>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'reference-overlay': ReferenceOverlay;
  }
}
