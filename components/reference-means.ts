import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { CompareResponse } from '../src/api/types';
import { FetchController } from './controllers/fetch-controller';
import { referenceApi, referenceFor } from './reference-client';
import { formatDiff, formatReferenceValue } from './reference-format';

/**
 * In the before/after panel: the official reference's mean over the same two windows, beside the
 * news' (each trading day once), with its own change, so an analyst sees whether the news moved
 * with the record. Nothing when no reference covers the compared series.
 *
 * @csspart row - the line of figures
 */
@customElement('reference-means')
export class ReferenceMeans extends LitElement {
  static override styles = css`
    :host { display: block; font-size: 0.875rem; margin: -0.25rem 0 0.75rem; font-variant-numeric: tabular-nums; }
    p { margin: 0; }
    .muted { color: var(--fl-muted); }
  `;

  @property({ attribute: false }) result: CompareResponse | null = null;

  private readonly list = new FetchController(this, async (_a, signal) => (await referenceApi.list(signal)).references, () => (this.result ? ([] as const) : null));
  private readonly sides = new FetchController(
    this,
    ([id, b, a], signal) => Promise.all([referenceApi.values(id, b[0], b[1], signal), referenceApi.values(id, a[0], a[1], signal)]),
    () => {
      const r = this.result;
      const ref = r && referenceFor(r.series, this.list.value ?? []);
      return r && ref ? ([ref.id, [r.before.from, r.before.to], [r.after.from, r.after.to]] as const) : null;
    },
  );

  override render() {
    const r = this.result;
    const sides = this.sides.status === 'ok' ? this.sides.value : undefined;
    if (!r || !sides) return nothing;
    const [before, after] = sides;
    const unit = r.series.unit;
    const mean = (m: number | null) => (m === null ? 'no values' : formatReferenceValue(m, unit));
    const change = before.mean !== null && after.mean !== null && before.mean !== 0 ? formatDiff(Math.round((1000 * (after.mean - before.mean)) / Math.abs(before.mean)) / 10) : null;
    return html`<p part="row"><strong>${before.reference.label}</strong> (official, ${before.values.length} + ${after.values.length} ${before.reference.frequency === 'daily' ? 'trading days' : 'months'}):
      before ${mean(before.mean)}, after ${mean(after.mean)}${change ? html`, <span>${change}</span>` : nothing}
      <span class="muted">— beside the news means above</span></p>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'reference-means': ReferenceMeans;
  }
}
