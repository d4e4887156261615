import { LitElement, css, html } from 'lit';
import { customElement } from 'lit/decorators.js';
import type { EventItem, SeriesSummary } from '../src/api/types';
import { ApiError, api } from './api-client';
import { loadView, type ViewData } from './view-data';
import { EvidenceCache } from './evidence-cache';
import type { PointRef } from './series-chart';
import { FetchController } from './controllers/fetch-controller';
import type { DrawMode } from './chart-data';
import { groupSeries } from './chart-groups';
import type { AxisChange } from './chart-toolbar';
import { cleanSearch, urlProblems } from './url-problems';
import type { SourceKind } from '../src/series/source-kind';
import { UrlStateController } from './controllers/url-state-controller';
import { defaultState, EVERY_CHOICES, parseState, type Every, type ViewState } from './view-state';
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
import './reference-overlay';
import './reference-agreement';
import { ReferenceOverlayController } from './controllers/reference-overlay-controller';
import './source-filter';

/**
 * The dashboard: filters, one trend chart per measure and unit, the before/after panel and the document view.
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
    ([ids, from, to, every, sources, table], signal) => loadView(ids, from, to, every === 'reported' ? null : every, sources, table, signal),
    () => {
      const ids = this.shownSeries();
      return ids.length ? ([ids, this.view.from, this.view.to, this.view.every, this.view.sources, this.view.view === 'table'] as const) : null;
    },
  );
  /** The words of points opened on any chart, kept until the data changes. */
  private readonly evidence = new EvidenceCache();

  private readonly overlay = new ReferenceOverlayController(this, () => ({ on: this.view.ref, series: this.shownSummaries(), data: this.data.value?.charts.series, from: this.view.from, to: this.view.to }));
  private shownSummaries = (): SeriesSummary[] => this.allSeries().filter((s) => this.shownSeries().includes(s.id));

  /**
   * Another process or user wrote (live poll), or this page did (add-panel): fetch again in place.
   * The fetches keep their last answer while loading, so charts, scroll and the URL's view stay.
   */
  private readonly refresh = () => {
    this.silent = true;
    this.evidence.clear();
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
  private readonly onSelect = (e: CustomEvent<PointRef>) => this.navigate({ doc: e.detail.document.id, fig: e.detail.id });

  private allSeries(): SeriesSummary[] {
    return this.list.value?.series ?? [];
  }

  /** Series the URL names that the API does not know (a stale link): named, then left out. */
  private unknownSeries(): string[] {
    if (this.list.status !== 'ok') return [];
    const known = this.knownIds();
    return this.view.series.filter((id) => !known.has(id));
  }

  private known: { of: SeriesSummary[]; ids: Set<string> } | null = null;

  /** The listed series' ids, once per list: asked several times per render, over 1,000 series. */
  private knownIds(): Set<string> {
    const all = this.allSeries();
    if (this.known?.of !== all) this.known = { of: all, ids: new Set(all.map((s) => s.id)) };
    return this.known.ids;
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
    const problems = urlProblems(location.search);
    return html`
      ${problems.length
        ? html`<status-message kind="error" @retry=${this.fixUrl}>This link asks for what the page cannot show, so it is left out:
            ${problems.map((p) => html`<code>${p.param}=${p.value}</code> (${p.message}); `)}Try again without it.</status-message>`
        : ''}
      <div class="layout" part="layout">
        <aside aria-label="Filters">
          <details ?open=${!this.narrow}>
            <summary>Filters <span class="sum">${shown.length} series${this.view.from || this.view.to ? `, ${this.view.from ?? '…'} to ${this.view.to ?? '…'}` : ', all dates'}</span></summary>
            <series-filter .series=${this.allSeries()} .selected=${shown} .from=${this.view.from} .to=${this.view.to} .kinds=${this.view.kinds} .pins=${this.view.pins}
              @filter-change=${(e: CustomEvent<FilterChange>) => this.navigate(e.detail)}></series-filter>
            <source-filter .data=${d.value?.charts} .chosen=${this.view.sources}
              @sources-change=${(e: CustomEvent<SourceKind[]>) => this.navigate({ sources: e.detail })}></source-filter>
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
              <reference-overlay .labels=${[...new Set(this.shownSummaries().map((s) => this.overlay.referenceOf(s)?.label).filter((l) => l !== undefined))]} ?checked=${this.view.ref} @reference-toggle=${(e: CustomEvent<boolean>) => this.navigate({ ref: e.detail })}></reference-overlay>
              <div class="toggle" role="group" aria-label="Frequency">
                ${EVERY_CHOICES.map((e) => html`<button aria-pressed=${this.view.every === e} @click=${() => this.navigate({ every: e })}>${EVERY_LABEL[e]}</button>`)}
              </div>
              <div class="toggle" role="group" aria-label="Colour points by">
                <button aria-pressed=${this.view.color === 'series'} @click=${() => this.navigate({ color: 'series' })}>Colour by series</button>
                <button aria-pressed=${this.view.color === 'source'} @click=${() => this.navigate({ color: 'source' })}>by source</button>
              </div>
              <csv-links .series=${shown} .from=${this.view.from} .to=${this.view.to} .kinds=${this.view.kinds} .sources=${this.view.sources}></csv-links>
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

  private grouped: { key: string; data: unknown; value: { groups: ReturnType<typeof groupSeries>; colorOf: (id: string) => number } } | null = null;

  /**
   * The shown series grouped into charts (measure × unit), rebuilt only when the data, kinds or
   * selection change (a source filter is a new answer): the charts redraw on any new array, and a
   * 100,000-point rebuild must not follow every click on, say, the before/after panel.
   */
  private chartGroups(data: ViewData, shown: string[]) {
    const key = `${shown.join()}|${this.view.kinds.join()}`;
    if (this.grouped?.key !== key || this.grouped.data !== data) {
      this.grouped = { key, data, value: { groups: groupSeries(data, this.view.kinds), colorOf: (id: string) => Math.max(0, shown.indexOf(id)) } };
    }
    return this.grouped.value;
  }

  private modes = new Map<string, DrawMode>();

  /** One DrawMode object per chart and setting: a new object would make the chart rebuild on every render. */
  private modeOf(key: string): DrawMode {
    const axis = this.view.log.includes(key) ? 'log' : this.view.index[key] ? 'index' : 'linear';
    const bySource = this.view.color === 'source';
    const id = `${key}|${axis}|${this.view.index[key] ?? ''}|${bySource}`;
    return this.modes.get(id) ?? this.modes.set(id, { axis, indexAt: this.view.index[key] ?? null, bySource }).get(id)!;
  }

  private readonly onAxis = (e: CustomEvent<AxisChange>) => {
    const { key, axis, indexAt } = e.detail;
    const index = { ...this.view.index };
    delete index[key];
    if (axis === 'index' && indexAt) index[key] = indexAt;
    const log = this.view.log.filter((k) => k !== key);
    if (axis === 'log') log.push(key);
    this.navigate({ log, index });
  };

  /** "Try again" on a link the page could not use: switch to the link without the bad parts. */
  private readonly fixUrl = () => {
    history.replaceState(null, '', cleanSearch(location.search) || location.pathname);
    this.url.state = parseState(location.search);
    this.requestUpdate();
  };

  /**
   * "Try again" after the API refused the view's own parameters (a reversed date range): drop the
   * ones it named, so trying again can succeed; anything else is fetched again as it was.
   */
  private retryData(): void {
    const error = this.data.error;
    const bad = error instanceof ApiError && error.status === 400 ? error.badParams : [];
    const reset: Partial<ViewState> = {};
    const defaults = defaultState();
    for (const p of bad) {
      if (p === 'from' || p === 'to' || p === 'kinds' || p === 'every') Object.assign(reset, { [p]: defaults[p] });
    }
    if (Object.keys(reset).length) this.navigate(reset);
    else this.data.retry();
  }

  private trends(shown: string[]) {
    const d = this.data;
    if (!shown.length) return html`<status-message kind="empty">Choose one or more series on the left.</status-message>`;
    if (d.status === 'error') return html`<status-message kind="error" @retry=${() => this.retryData()}>${d.error?.message}</status-message>`;
    // The table lists reports, which only the table view's answer carries.
    if (!d.value || (this.view.view === 'table' && !d.value.reports)) return html`<status-message kind="loading">Loading figures…</status-message>`;
    const events: EventItem[] = this.events.value?.events ?? [];
    const range = this.view.from || this.view.to ? ` between ${this.view.from ?? 'the start'} and ${this.view.to ?? 'now'}` : '';
    const { groups, colorOf } = this.chartGroups(d.value, shown);
    return groups.map(({ key, unit, group, points, title, labels, kinds }) => {
      if (!group.some((s) => s.observations.length)) {
        return html`<h3>${title}</h3><status-message kind="empty">No figures of the chosen kinds${range}. Widen the dates or switch on more kinds.</status-message>`;
      }
      // In table view the table's caption carries the title.
      return html`<div class="chart">
        ${this.view.view === 'table' ? '' : html`<h3>${title}</h3>`}<reference-agreement .series=${group}></reference-agreement>
        ${this.view.view === 'table'
          ? html`<data-table .caption=${title} .points=${points} .labels=${labels}
              @point-select=${this.onSelect}></data-table>`
          : html`<series-chart .unit=${unit} .series=${group} .events=${events} .kinds=${kinds} .colorOf=${colorOf}
              .from=${this.view.from} .to=${this.view.to} chartKey=${key} heading=${title} .mode=${this.modeOf(key)}
              .references=${this.overlay.linesFor(group.map((s) => s.summary))} .evidenceOf=${this.evidence.of} @point-select=${this.onSelect} @axis-change=${this.onAxis}></series-chart>`}
      </div>`;
    });
  }
}

const EVERY_LABEL: Record<Every, string> = { reported: 'As reported', week: 'Weekly', month: 'Monthly' };

declare global {
  interface HTMLElementTagNameMap {
    'flowline-app': FlowlineApp;
  }
}
