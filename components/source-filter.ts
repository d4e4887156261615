import { LitElement, css, html } from 'lit';
import { filterStyles } from './shared-styles';
import { customElement, property } from 'lit/decorators.js';
import type { ChartDataResponse } from '../src/api/chart-view';
import { SOURCE_KINDS, SOURCE_KIND_LABEL, sourceKind, type SourceKind } from '../src/series/source-kind';
import { formatCount } from './format';

export interface SourceCount {
  name: string;
  kind: SourceKind;
  /** Observations of the shown series this source reported (a repeat of one counts once per source). */
  observations: number;
}

/** Per source of the shown series: how many observations it gave, most first. */
export function countSources(data: ChartDataResponse | undefined): SourceCount[] {
  const documents = new Map((data?.documents ?? []).map((d) => [d.id, d]));
  // Observations are distinct objects, one per series and id: no keys to build for 18,000 of them.
  const seen = new Map<string, Set<object>>();
  for (const r of data?.series ?? []) {
    for (const o of r.observations) {
      for (const id of o.documents) {
        const name = documents.get(id)?.source?.trim() || 'source not given';
        (seen.get(name) ?? seen.set(name, new Set()).get(name)!).add(o);
      }
    }
  }
  return [...seen].map(([name, obs]) => ({ name, kind: sourceKind(name), observations: obs.size })).sort((a, b) => b.observations - a.observations || a.name.localeCompare(b.name));
}

/**
 * Which kinds of source the charts draw (ministry, company, tanker tracker, wire), with each
 * source of the shown series and how many observations it gave.
 *
 * @fires sources-change - detail: SourceKind[] (empty = all)
 * @csspart group - the fieldset
 */
@customElement('source-filter')
export class SourceFilter extends LitElement {
  static override styles = [
    filterStyles,
    css`
    label { display: flex; gap: 0.4rem; align-items: baseline; padding: 0.15rem 0; cursor: pointer; }
    input { accent-color: var(--fl-accent); margin: 0; flex: none; }
    input:focus-visible { outline: 3px solid var(--fl-focus); outline-offset: 1px; }
    ul { list-style: none; margin: 0 0 0 1.4rem; padding: 0; color: var(--fl-muted); font-size: 0.8125rem; }
    li { display: flex; gap: 0.5rem; }
    .n { margin-left: auto; white-space: nowrap; }
  `,
  ];

  /** The charts' answer for the shown series. */
  @property({ attribute: false }) data: ChartDataResponse | undefined = undefined;
  @property({ attribute: false }) chosen: SourceKind[] = [];

  private toggle(input: HTMLInputElement, kind: SourceKind): void {
    const current = this.chosen.length ? this.chosen : [...SOURCE_KINDS];
    const next = SOURCE_KINDS.filter((k) => (k === kind ? input.checked : current.includes(k)));
    // No source at all would draw nothing: the last kind stays on.
    if (!next.length) {
      input.checked = true;
      return;
    }
    // All four chosen is the same as no filter: keep the link short.
    const detail = next.length === SOURCE_KINDS.length ? [] : next;
    this.dispatchEvent(new CustomEvent<SourceKind[]>('sources-change', { detail, bubbles: true, composed: true }));
  }

  override render() {
    const counts = countSources(this.data);
    return html`<fieldset part="group">
      <legend>Sources</legend>
      ${SOURCE_KINDS.map((kind) => {
        const of = counts.filter((c) => c.kind === kind);
        return html`<label><input type="checkbox" name="sources" value=${kind} .checked=${!this.chosen.length || this.chosen.includes(kind)}
            @change=${(e: Event) => this.toggle(e.target as HTMLInputElement, kind)} />${SOURCE_KIND_LABEL[kind]}</label>
          ${of.length
            ? html`<ul aria-label=${`${SOURCE_KIND_LABEL[kind]} sources`}>${of.map(
                (c) => html`<li><span>${c.name}</span><span class="n" title="observations of the shown series">${formatCount(c.observations)}</span></li>`,
              )}</ul>`
            : ''}`;
      })}
    </fieldset>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'source-filter': SourceFilter;
  }
}
