import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { isIsoDay } from './iso-day';

/**
 * A date typed as YYYY-MM-DD, the way the API, the CSV and the URL write it — not the browser's
 * locale format (mm/dd/yyyy in en-US) that `<input type="date">` shows. A date that is not one
 * says so under the field and changes nothing.
 *
 * @fires date-change - detail: string | null (null when cleared), only for a valid day
 * @csspart input - the text field
 */
@customElement('iso-date-input')
export class IsoDateInput extends LitElement {
  static override styles = css`
    :host { display: inline-block; min-width: 0; }
    input { font: inherit; font-variant-numeric: tabular-nums; width: 100%; box-sizing: border-box; min-width: 7.5em; color: var(--fl-text);
      background: var(--fl-surface); border: 1px solid var(--fl-grid-strong); border-radius: 4px; padding: 0.2rem 0.3rem; }
    input[aria-invalid='true'] { border-color: var(--fl-error); }
    input:focus-visible { outline: 3px solid var(--fl-focus); outline-offset: 1px; }
    .error { display: block; color: var(--fl-error); font-size: 0.75rem; margin-top: 0.15rem; }
  `;

  @property() value: string | null = null;
  /** Accessible name of the field ("From", "Index date"). */
  @property() label = 'Date';
  @property() name = '';
  @state() private problem: string | null = null;

  private commit(e: Event): void {
    const text = (e.target as HTMLInputElement).value.trim();
    if (text && !isIsoDay(text)) {
      this.problem = `"${text}" is not a day written as YYYY-MM-DD (for example 2019-03-01).`;
      return;
    }
    this.problem = null;
    this.dispatchEvent(new CustomEvent<string | null>('date-change', { detail: text || null, bubbles: true, composed: true }));
  }

  override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('value')) this.problem = null;
  }

  override render() {
    return html`<input part="input" type="text" inputmode="numeric" autocomplete="off" spellcheck="false" placeholder="YYYY-MM-DD"
        maxlength="10" name=${this.name || nothing} aria-label=${this.label} aria-invalid=${this.problem ? 'true' : 'false'}
        aria-describedby="problem" .value=${this.value ?? ''} @change=${this.commit} />${this.problem
        ? html`<span class="error" id="problem" role="alert">${this.problem}</span>`
        : nothing}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'iso-date-input': IsoDateInput;
  }
}
