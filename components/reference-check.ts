import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { Point } from '../src/api/types';
import { describeCheck, STATUS_TEXT } from './reference-format';

/**
 * The truth check of one figure in its evidence box: the official value it was compared with and
 * how far apart they are ("EIA Brent spot that day: $57.49, −0.9 %"), with the verdict in words
 * (not colour alone).
 *
 * @csspart line - the sentence naming the reference value and the difference
 */
@customElement('reference-check')
export class ReferenceCheckLine extends LitElement {
  static override styles = css`
    :host { display: block; margin: 0.35rem 0 0; font-size: 0.8125rem; }
    .status { font-weight: 600; }
    .agrees { color: var(--fl-ok, #1a7f37); }
    .near { color: var(--fl-warn, #9a6700); }
    .off { color: var(--fl-error, #cf222e); }
  `;

  @property({ attribute: false }) point: Point | null = null;

  override render() {
    const p = this.point;
    const check = p?.check;
    if (!p || !check) return nothing;
    const cls = check.status === 'no reference' ? '' : check.status;
    return html`<span part="line">${describeCheck(check, p)}</span> · <span class="status ${cls}">${STATUS_TEXT[check.status]}</span>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'reference-check': ReferenceCheckLine;
  }
}
