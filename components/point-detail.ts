import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { DocumentRef, Point } from '../src/api/types';
import type { ChartObservation } from '../src/api/chart-view';
import type { Unit } from '../src/extract/types';
import type { BucketMean } from '../src/series/periods';
import { SOURCE_KIND_LABEL, sourceKind } from '../src/series/source-kind';
import { KIND_LABEL, describeValue, formatPeriod, formatValue, qualifier } from './format';
import './reference-check';

/** Whether the reports' words (sentence, tags, check) have come: they are fetched when a point is opened. */
export type EvidenceState = 'waiting' | 'loading' | 'ok' | 'error';

/** "Meridian Wire (wire)", or the title when the article names no source. */
function sourceOf(d: DocumentRef): string {
  const name = d.source?.trim();
  return name ? `${name} (${SOURCE_KIND_LABEL[sourceKind(name)]})` : (d.title ?? `document ${d.id}`);
}

/** One report in a list: its value when known, its article and, when named, its source and that source's kind. */
function reportLine(d: DocumentRef, withDate: boolean, value: string | null): string {
  const name = d.source?.trim();
  const where = name ? ` · ${name} (${SOURCE_KIND_LABEL[sourceKind(name)]})` : '';
  const when = withDate && d.published ? ` (${d.published})` : '';
  return `${value === null ? '' : `${value} — `}${d.title ?? `document ${d.id}`}${when}${where}`;
}

/**
 * The evidence behind one drawn observation: the series it belongs to, value with unit, date,
 * qualifier, kind, its sources (name and kind), any reports that disagree, and once its reports'
 * words have come (`evidence`), the sentence with the figure's own words highlighted, the rules
 * and the reference check. For a weekly or monthly mean, the mean first, then one observation.
 *
 * @csspart sentence - the quoted sentence
 * @csspart figure - the highlighted words inside it
 */
@customElement('point-detail')
export class PointDetail extends LitElement {
  static override styles = css`
    :host { display: block; font-size: 0.875rem; line-height: 1.4; }
    .value { font-size: 1rem; font-weight: 600; margin: 0 0 0.25rem; }
    dl { display: grid; grid-template-columns: auto 1fr; gap: 0.1rem 0.6rem; margin: 0 0 0.4rem; }
    dt { color: var(--fl-muted); }
    dd { margin: 0; overflow-wrap: anywhere; }
    .tags { color: var(--fl-muted); font-size: 0.75rem; }
    blockquote { margin: 0; padding-left: 0.6rem; border-left: 3px solid var(--fl-grid-strong, #999); font-style: italic; }
    mark { background: var(--fl-mark); color: inherit; font-style: normal; font-weight: 600; padding: 0 0.1em; }
    .conflict { margin: 0.4rem 0 0; color: var(--fl-warn); }
    .conflict ul, .sources ul { margin: 0.2rem 0 0; padding-left: 1.1rem; }
    .sources { margin: 0.4rem 0 0; }
    .series { margin: 0 0 0.15rem; font-weight: 600; color: var(--fl-muted); font-size: 0.8125rem; }
    .pending { margin: 0; color: var(--fl-muted); font-size: 0.8125rem; }
  `;

  @property({ attribute: false }) observation: ChartObservation | null = null;
  @property() unit: Unit = 'bbl/d';
  /** The documents the observations name, by id. */
  @property({ attribute: false }) documents: ReadonlyMap<number, DocumentRef> = new Map();
  /** Every observation of the same series on the same day, when they disagree (includes `observation`). */
  @property({ attribute: false }) sameDay: ChartObservation[] = [];
  /** The observation's reports with their words, in the order of its `figures`, once fetched. */
  @property({ attribute: false }) evidence: Point[] = [];
  @property() evidenceState: EvidenceState = 'waiting';
  /** Why the evidence could not be fetched. */
  @property() evidenceError = '';
  /** The series' label, said first so a point among twelve lines is never anonymous. */
  @property() seriesLabel = '';
  /** The weekly or monthly mean the point draws, when the view is by week or month. */
  @property({ attribute: false }) mean: BucketMean | null = null;
  /** The point's value on an index chart (100 at the chosen day). */
  @property({ attribute: false }) indexValue: number | null = null;

  private doc(id: number | undefined): DocumentRef {
    return this.documents.get(id ?? -1) ?? { id: id ?? 0, title: null, source: null, url: null, published: null };
  }

  override render() {
    const o = this.observation;
    if (!o) return nothing;
    const unit = this.unit;
    const d = this.doc(o.documents[0]);
    const source = [d.title ?? 'Untitled article', d.source, d.published].filter(Boolean).join(' · ');
    const p = this.evidenceState === 'ok' ? this.evidence.find((r) => r.id === o.figures[0]) : undefined;
    const m = this.mean;
    const names = [...new Set(o.documents.map((id) => sourceOf(this.doc(id))))];
    const disagreeing = this.sameDay.reduce((n, s) => n + s.figures.length, 0);
    return html`
      ${this.seriesLabel ? html`<p class="series">${this.seriesLabel}</p>` : nothing}
      ${m
        ? html`<p class="value">Mean ${formatValue(Math.round(m.mean * 100) / 100, unit)}, ${m.from} to ${m.to}</p>
            <p>Weighed over ${m.days} observation-day${m.days === 1 ? '' : 's'}; one of its reports:</p>`
        : nothing}
      ${this.indexValue !== null ? html`<p class="value">Index ${this.indexValue.toFixed(1)}</p>` : nothing}
      <p class="value">${describeValue({ ...o, unit })}</p>
      <dl>
        <dt>Sources</dt><dd class="source-list">${names.join('; ')}</dd>
        <dt>Date</dt><dd>${formatPeriod(o.asOf, o.asOfTo)}</dd>
        <dt>Qualifier</dt><dd>${qualifier(o)}</dd>
        <dt>Kind</dt><dd>${KIND_LABEL[o.kind]}</dd>
        <dt>Source</dt><dd>${source}</dd>
        ${p?.attribution ? html`<dt>Attributed to</dt><dd>${p.attribution}</dd>` : nothing}
        ${p?.tags.length ? html`<dt>Rules</dt><dd class="tags">${p.tags.join(' · ')}</dd>` : nothing}
      </dl>
      ${p
        ? html`<blockquote part="sentence">${highlight(p.sentence, p.text)}</blockquote>
            ${p.check ? html`<reference-check .point=${p}></reference-check>` : nothing}`
        : html`<p class="pending">${PENDING[this.evidenceState]}${this.evidenceError}</p>`}
      ${o.figures.length > 1
        ? html`<div class="sources" role="note">
            <strong>One observation, ${o.figures.length} reports agree:</strong>
            <ul>${o.figures.map((id, i) => {
              const r = this.evidence.find((e) => e.id === id);
              return html`<li>${reportLine(this.doc(o.documents[i]), true, r ? formatValue(r.value, r.unit) : null)}</li>`;
            })}</ul>
          </div>`
        : nothing}
      ${this.sameDay.length > 1
        ? html`<div class="conflict" role="note">
            <strong>${disagreeing} reports disagree about ${o.asOf}:</strong>
            <ul>${this.sameDay.flatMap((s) => s.documents.map((id) => html`<li>${reportLine(this.doc(id), false, formatValue(s.value, unit))}</li>`))}</ul>
          </div>`
        : nothing}
    `;
  }
}

const PENDING: Record<EvidenceState, string> = {
  waiting: 'Rest on the point for its sentence.',
  loading: 'Loading its sentence…',
  ok: 'Its sentence is gone (re-extracted?): reload the page.',
  error: 'Could not load its sentence: ',
};

/** The sentence with the figure's exact words marked (the first occurrence: that is the figure's). */
export function highlight(sentence: string, words: string) {
  const at = words ? sentence.indexOf(words) : -1;
  if (at < 0) return html`${sentence} <mark part="figure">${words}</mark>`;
  return html`${sentence.slice(0, at)}<mark part="figure">${words}</mark>${sentence.slice(at + words.length)}`;
}

declare global {
  interface HTMLElementTagNameMap {
    'point-detail': PointDetail;
  }
}
