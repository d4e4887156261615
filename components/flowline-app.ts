import { LitElement, css, html } from 'lit';
import { customElement } from 'lit/decorators.js';
import type { Unit } from '../src/extract/types';
import type { EventItem, Point, SeriesResponse, SeriesSummary } from '../src/api/types';
import { api } from './api-client';
import { FetchController } from './controllers/fetch-controller';
import type { SeriesData } from './chart-data';
import { UrlStateController } from './controllers/url-state-controller';
import type { ViewState } from './view-state';
import type { FilterChange } from './series-filter';
import type { CompareChoice } from './compare-panel';
import { LiveVersionController } from './controllers/live-version';
import './series-filter';
import './series-chart';
import './data-table';
import './compare-panel';
import './curation-panel';
import './add-panel';
import './document-view';
import './csv-links';
import './status-message';

/**
 * The dashboard: filters, one trend chart per unit, the before/after panel and the document view.
 * It owns the view state and keeps it in the URL; the elements below only report what the user did.
 *
 * @csspart layout - the two-column layout (one column on narrow screens)
 */
@customElement('flowline-app')
export class FlowlineApp extends LitElement {
  static override styles = css`
    :host { display: block; max-width: 90rem; margin: 0 auto; padding: 0.75rem 1rem 2rem; }
    header h1 { font-size: 1.4rem; margin: 0; }
    header p { margin: 0.2rem 0 1rem; color: var(--fl-muted); font-size: 0.875rem; }
    .layout { display: grid; grid-template-columns: minmax(14rem, 18rem) minmax(0, 1fr); gap: 1.25rem; align-items: start; }
    section { margin-bottom: 1.75rem; min-width: 0; }
    h2 { font-size: 1.1rem; margin: 0 0 0.5rem; }
    h3 { font-size: 0.95rem; margin: 0.75rem 0 0.25rem; }
    .toolbar { display: flex; flex-wrap: wrap; gap: 0.5rem 1rem; align-items: center; margin-bottom: 0.5rem; }
    .toggle { display: inline-flex; border: 1px solid var(--fl-grid-strong); border-radius: 4px; overflow: hidden; }
    .toggle button { font: inherit; font-size: 0.875rem; border: 0; padding: 0.25rem 0.7rem; background: var(--fl-surface); color: var(--fl-text); cursor: pointer; }
    .toggle button[aria-pressed='true'] { background: var(--fl-accent); color: var(--fl-on-accent); }
    button:focus-visible, summary:focus-visible { outline: 3px solid var(--fl-focus); outline-offset: 1px; position: relative; }
    summary { cursor: pointer; font-weight: 600; margin-bottom: 0.5rem; border-radius: 4px; }
    summary .sum { font-weight: normal; color: var(--fl-muted); font-size: 0.8125rem; }
    .chart { margin-bottom: 1rem; }
    .busy { margin: 0 0 0.5rem; color: var(--fl-muted); font-size: 0.8125rem; }
    @media (max-width: 760px) {
      :host { padding: 0.5rem 0.6rem 1.5rem; }
      .layout { grid-template-columns: minmax(0, 1fr); }
      series-chart { --fl-chart-height: 260px; }
    }
  `;

  private readonly url = new UrlStateController(this);
  /** On a phone the filters start folded so the chart is the first thing on screen. */
  private readonly narrow = window.matchMedia('(max-width: 760px)').matches;

  private readonly list = new FetchController(this, (_a, signal) => api.seriesList(signal), () => [] as const);
  private readonly events = new FetchController(this, (_a, signal) => api.events(signal), () => [] as const);
  private readonly data = new FetchController(
    this,
    ([ids, from, to], signal) => Promise.all(ids.map((id) => api.series(id, from, to, signal))),
    () => {
      const ids = this.shownSeries();
      return ids.length ? ([ids, this.view.from, this.view.to] as const) : null;
    },
  );

  /**
   * Another process or user wrote (live poll), or this page did (add-panel): fetch again in place.
   * The fetches keep their last answer while loading, so charts, scroll and the URL's view stay.
   */
  private readonly refresh = () => {
    this.silent = true;
    this.list.retry();
    this.events.retry();
    if (this.data.status !== 'idle') this.data.retry();
  };

  protected readonly live = new LiveVersionController(this, this.refresh);
  /** A refresh nobody asked for shows no "Loading figures…" line: it would shift the page under the reader. */
  private silent = false;

  private get view(): ViewState {
    return this.url.state;
  }

  private navigate(part: Partial<ViewState>): void {
    this.silent = false;
    this.url.navigate(part);
  }

  /** A point was chosen (chart, table, before/after reports): open its article at that figure. */
  private readonly onSelect = (e: CustomEvent<Point>) => this.navigate({ doc: e.detail.document.id, fig: e.detail.id });

  private allSeries(): SeriesSummary[] {
    return this.list.value?.series ?? [];
  }

  /** Series the URL names that the API does not know (a stale link): named, then left out. */
  private unknownSeries(): string[] {
    if (this.list.status !== 'ok') return [];
    const known = new Set(this.allSeries().map((s) => s.id));
    return this.view.series.filter((id) => !known.has(id));
  }

  /** The series in the URL (those that exist), or when there are none, the most observed one. */
  private shownSeries(): string[] {
    const unknown = this.unknownSeries();
    const named = this.view.series.filter((id) => !unknown.includes(id));
    if (named.length) return named;
    const all = this.allSeries();
    const top = [...all].sort((a, b) => b.observations - a.observations)[0];
    return top ? [top.id] : [];
  }

  /** The compared series and event: the URL's, else the first shown series and an event inside it. */
  private compareChoice(): CompareChoice {
    const compare = this.view.compare ?? this.shownSeries()[0] ?? null;
    const events = this.events.value?.events ?? [];
    let event = this.view.event;
    if (!event) {
      const s = this.allSeries().find((x) => x.id === compare);
      const inside = events.filter((e) => s?.first && s.last && e.date > s.first && e.date <= s.last);
      event = (inside[inside.length - 1] ?? events[events.length - 1])?.id ?? null;
    }
    return { compare, event, window: this.view.window };
  }

  override render() {
    return html`
      <header>
        <h1>flowline</h1>
        <p>Oil flows and economic figures from news articles, each point traceable to its words.</p>
      </header>
      ${this.body()}
      <document-view .docId=${this.view.doc} .figureId=${this.view.fig}
        @document-close=${() => this.view.doc !== null && this.navigate({ doc: null, fig: null })}></document-view>
      <curation-panel></curation-panel>
      <add-panel .events=${this.events.value?.events ?? []} @data-changed=${this.refresh}></add-panel>
    `;
  }

  private body() {
    const list = this.list;
    if ((list.status === 'loading' || list.status === 'idle') && !list.value) {
      return html`<status-message kind="loading">Loading the list of series…</status-message>`;
    }
    if (list.status === 'error' && !list.value) {
      return html`<status-message kind="error" @retry=${() => (list.retry(), this.events.retry())}>${list.error?.message}</status-message>`;
    }
    if (!this.allSeries().length) {
      return html`<status-message kind="empty">No figures yet. Ingest some articles (<code>npm run ingest -- --manifest data/manifest.json</code>; <code>npm start</code> ingests the seed articles), then reload this page.</status-message>`;
    }
    const shown = this.shownSeries();
    const d = this.data;
    return html`
      <div class="layout" part="layout">
        <aside aria-label="Filters">
          <details ?open=${!this.narrow}>
            <summary>Filters <span class="sum">${shown.length} series${this.view.from || this.view.to ? `, ${this.view.from ?? '…'} to ${this.view.to ?? '…'}` : ', all dates'}</span></summary>
            <series-filter .series=${this.allSeries()} .selected=${shown} .from=${this.view.from} .to=${this.view.to} .kinds=${this.view.kinds} .pins=${this.view.pins}
              @filter-change=${(e: CustomEvent<FilterChange>) => this.navigate(e.detail)}></series-filter>
          </details>
        </aside>
        <div>
          <section aria-labelledby="trends-h">
            <h2 id="trends-h">Trends</h2>
            <div class="toolbar">
              <div class="toggle" role="group" aria-label="Show as">
                <button aria-pressed=${this.view.view === 'chart'} @click=${() => this.navigate({ view: 'chart' })}>Chart</button>
                <button aria-pressed=${this.view.view === 'table'} @click=${() => this.navigate({ view: 'table' })}>Table</button>
              </div>
              <csv-links .series=${shown} .from=${this.view.from} .to=${this.view.to} .kinds=${this.view.kinds}></csv-links>
            </div>
            ${this.unknownSeries().length
              ? html`<status-message kind="empty">This link names series that do not exist (any more): ${this.unknownSeries().join(', ')}. Showing the others.</status-message>`
              : ''}
            ${d.status === 'loading' && d.value && !this.silent ? html`<p class="busy" role="status">Loading figures…</p>` : ''}
            ${this.trends(shown)}
          </section>
          <section aria-labelledby="compare-h">
            <h2 id="compare-h">Before and after an event</h2>
            <compare-panel .series=${this.allSeries()} .events=${this.events.value?.events ?? []} .choice=${this.compareChoice()}
              @compare-change=${(e: CustomEvent<CompareChoice>) => this.navigate(e.detail)}
              @point-select=${this.onSelect}></compare-panel>
          </section>
        </div>
      </div>
    `;
  }

  private grouped: { key: string; data: unknown; value: ReturnType<FlowlineApp['groupByUnit']> } | null = null;

  /**
   * The shown series grouped by unit, rebuilt only when the data, kinds or selection change: the
   * charts redraw on any new array, and a 100,000-point rebuild must not follow every click on,
   * say, the before/after panel.
   */
  private unitGroups(data: SeriesResponse[], shown: string[]) {
    const key = `${shown.join()}|${this.view.kinds.join()}`;
    if (this.grouped?.key !== key || this.grouped.data !== data) {
      this.grouped = { key, data, value: this.groupByUnit(data, shown) };
    }
    return this.grouped.value;
  }

  private groupByUnit(data: SeriesResponse[], shown: string[]) {
    const kinds = this.view.kinds;
    const series: SeriesData[] = data.map((r) => ({
      summary: r.series,
      points: r.points.filter((p) => p.asOf !== null && kinds.includes(p.kind)),
      observations: r.observations,
    }));
    const byUnit = new Map<Unit, SeriesData[]>();
    for (const s of series) (byUnit.get(s.summary.unit) ?? byUnit.set(s.summary.unit, []).get(s.summary.unit))!.push(s);
    const groups = [...byUnit].map(([unit, group]) => ({
      unit,
      group,
      // Plain string comparison: localeCompare is far too slow for 100,000 dates.
      points: group.flatMap((s) => s.points).sort((a, b) => (a.asOf! < b.asOf! ? -1 : a.asOf! > b.asOf! ? 1 : a.id - b.id)),
      // Labels say entity · measure · unit (the chart's unit) already.
      title: group.map((s) => s.summary.label).join(', '),
      labels: Object.fromEntries(group.map((s) => [s.summary.id, s.summary.label])) as Record<string, string>,
    }));
    return { groups, colorOf: (id: string) => Math.max(0, shown.indexOf(id)) };
  }

  private trends(shown: string[]) {
    const d = this.data;
    if (!shown.length) return html`<status-message kind="empty">Choose one or more series on the left.</status-message>`;
    if (d.status === 'error') return html`<status-message kind="error" @retry=${() => d.retry()}>${d.error?.message}</status-message>`;
    if (!d.value) return html`<status-message kind="loading">Loading figures…</status-message>`;
    const events: EventItem[] = this.events.value?.events ?? [];
    const range = this.view.from || this.view.to ? ` between ${this.view.from ?? 'the start'} and ${this.view.to ?? 'now'}` : '';
    const { groups, colorOf } = this.unitGroups(d.value, shown);
    return groups.map(({ unit, group, points, title, labels }) => {
      if (!points.length) {
        return html`<h3>${title}</h3><status-message kind="empty">No figures of the chosen kinds${range}. Widen the dates or switch on more kinds.</status-message>`;
      }
      // In table view the table's caption carries the title.
      return html`<div class="chart">
        ${this.view.view === 'table' ? '' : html`<h3>${title}</h3>`}
        ${this.view.view === 'table'
          ? html`<data-table .caption=${title} .points=${points} .labels=${labels}
              @point-select=${this.onSelect}></data-table>`
          : html`<series-chart .unit=${unit} .series=${group} .events=${events} .kinds=${this.view.kinds} .colorOf=${colorOf}
              .from=${this.view.from} .to=${this.view.to} @point-select=${this.onSelect}></series-chart>`}
      </div>`;
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'flowline-app': FlowlineApp;
  }
}
