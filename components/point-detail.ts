import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { Point } from '../src/api/types';
import type { BucketMean } from '../src/series/periods';
import { SOURCE_KIND_LABEL, sourceKind } from '../src/series/source-kind';
import { KIND_LABEL, describeValue, formatPeriod, formatValue, qualifier } from './format';
import './reference-check';

/** "Meridian Wire (wire)", or the title when the article names no source. */
function sourceOf(p: Point): string {
  const name = p.document.source?.trim();
  return name ? `${name} (${SOURCE_KIND_LABEL[sourceKind(name)]})` : (p.document.title ?? `document ${p.document.id}`);
}

/** One report in a list: its value, its article and, when named, its source and that source's kind. */
function reportLine(o: Point, withDate: boolean): string {
  const name = o.document.source?.trim();
  const where = name ? ` · ${name} (${SOURCE_KIND_LABEL[sourceKind(name)]})` : '';
  const when = withDate && o.document.published ? ` (${o.document.published})` : '';
  return `${formatValue(o.value, o.unit)} — ${o.document.title ?? `document ${o.document.id}`}${when}${where}`;
}

/**
 * The evidence behind one figure: the series it belongs to, value with unit, date, qualifier, kind,
 * its sources (name and kind), the sentence it came from with the figure's own words highlighted,
 * and any reports that disagree. For a weekly or monthly mean, the mean first, then one report.
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
  `;

  @property({ attribute: false }) point: Point | null = null;
  /** Every report of the same series on the same day, when they disagree (includes `point`). */
  @property({ attribute: false }) sameDay: Point[] = [];
  /** Every report of the observation `point` is counted in (includes `point`): repeats counted once. */
  @property({ attribute: false }) sources: Point[] = [];
  /** The series' label, said first so a point among twelve lines is never anonymous. */
  @property() seriesLabel = '';
  /** The weekly or monthly mean the point draws, when the view is by week or month. */
  @property({ attribute: false }) mean: BucketMean | null = null;
  /** The point's value on an index chart (100 at the chosen day). */
  @property({ attribute: false }) indexValue: number | null = null;

  override render() {
    const p = this.point;
    if (!p) return nothing;
    const source = [p.document.title ?? 'Untitled article', p.document.source, p.document.published].filter(Boolean).join(' · ');
    const m = this.mean;
    const names = [...new Set((this.sources.length ? this.sources : [p]).map(sourceOf))];
    return html`
      ${this.seriesLabel ? html`<p class="series">${this.seriesLabel}</p>` : nothing}
      ${m
        ? html`<p class="value">Mean ${formatValue(Math.round(m.mean * 100) / 100, p.unit)}, ${m.from} to ${m.to}</p>
            <p>Weighed over ${m.days} observation-day${m.days === 1 ? '' : 's'}; one of its reports:</p>`
        : nothing}
      ${this.indexValue !== null ? html`<p class="value">Index ${this.indexValue.toFixed(1)}</p>` : nothing}
      <p class="value">${describeValue(p)}</p>
      <dl>
        <dt>Sources</dt><dd class="source-list">${names.join('; ')}</dd>
        <dt>Date</dt><dd>${formatPeriod(p.asOf, p.asOfTo)}</dd>
        <dt>Qualifier</dt><dd>${qualifier(p)}</dd>
        <dt>Kind</dt><dd>${KIND_LABEL[p.kind]}</dd>
        <dt>Source</dt><dd>${source}</dd>
        ${p.attribution ? html`<dt>Attributed to</dt><dd>${p.attribution}</dd>` : nothing}
        ${p.tags.length ? html`<dt>Rules</dt><dd class="tags">${p.tags.join(' · ')}</dd>` : nothing}
      </dl>
      <blockquote part="sentence">${highlight(p.sentence, p.text)}</blockquote>
      ${p.check ? html`<reference-check .point=${p}></reference-check>` : nothing}
      ${this.sources.length > 1
        ? html`<div class="sources" role="note">
            <strong>One observation, ${this.sources.length} reports agree:</strong>
            <ul>${this.sources.map((o) => html`<li>${reportLine(o, true)}</li>`)}</ul>
          </div>`
        : nothing}
      ${this.sameDay.length > 1
        ? html`<div class="conflict" role="note">
            <strong>${this.sameDay.length} reports disagree about ${p.asOf}:</strong>
            <ul>${this.sameDay.map((o) => html`<li>${reportLine(o, false)}</li>`)}</ul>
          </div>`
        : nothing}
    `;
  }
}

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
