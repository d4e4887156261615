import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { SeriesData } from './chart-data';

/**
 * Under a chart's title: how many of each series' checked reports agree with the official record
 * ("6 of 8 price reports agree with EIA Brent spot (within 3 %); 1 near, 1 off"). Nothing for a
 * series no reference covers.
 *
 * @csspart line - one line per checked series
 */
@customElement('reference-agreement')
export class ReferenceAgreement extends LitElement {
  static override styles = css`
    :host { display: block; font-size: 0.8125rem; color: var(--fl-muted); margin: -0.15rem 0 0.35rem; }
    p { margin: 0; }
  `;

  @property({ attribute: false }) series: SeriesData[] = [];

  override render() {
    const lines = this.series.map((s) => tally(s)).filter((t) => t !== null);
    if (!lines.length) return nothing;
    return lines.map((t) => html`<p part="line">${t}</p>`);
  }
}

/** The sentence for one series, or null when none of its reports was checked. */
export function tally(s: SeriesData): string | null {
  const label = s.reference;
  if (!label) return null;
  const checked = s.observations.flatMap((o) => o.checks ?? []).filter((st) => st !== null && st !== 'no reference');
  const count = (status: string) => checked.filter((st) => st === status).length;
  const agree = count('agrees');
  const rest = [count('near') && `${count('near')} near`, count('off') && `${count('off')} off`].filter(Boolean).join(', ');
  const what = `${s.summary.measure} report${checked.length === 1 ? '' : 's'}`;
  if (!checked.length) return `No ${s.summary.measure} report falls on a day ${label} covers.`;
  return `${agree} of ${checked.length} ${what} agree${checked.length === 1 ? 's' : ''} with ${label} (within 3 %)${rest ? `; ${rest}` : ''}.`;
}

declare global {
  interface HTMLElementTagNameMap {
    'reference-agreement': ReferenceAgreement;
  }
}
