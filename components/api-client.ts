// The dashboard's only way to the API: typed GETs with errors a person can act on, and the URLs
// of the CSV downloads (built here so "download what is shown" uses the same filters as the view).
import type {
  CompareResponse,
  DocumentResponse,
  ErrorResponse,
  EventsResponse,
  SeriesListResponse,
  SeriesResponse,
} from '../src/api/types';
import type { ChartDataResponse, EvidenceResponse } from '../src/api/chart-view';
import type { FigureKind } from '../src/extract/types';

export class ApiError extends Error {
  constructor(
    message: string,
    /** HTTP status, or 0 when the server could not be reached at all. */
    readonly status: number,
    /** The query parameters a 400 named as bad ("from", "to", "every"…), so the page can drop them. */
    readonly badParams: string[] = [],
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** Base of the API; the dashboard is served by the same app, so relative by default. */
const BASE = new URL('api/', document.baseURI);

export function apiUrl(path: string, params: Record<string, string | number | null | undefined> = {}): string {
  const url = new URL(path, BASE);
  for (const [k, v] of Object.entries(params)) {
    if (v !== null && v !== undefined && v !== '') url.searchParams.set(k, String(v));
  }
  return url.pathname + url.search.replace(/%2C/g, ',');
}

export async function getJson<T>(path: string, params: Record<string, string | number | null | undefined>, signal?: AbortSignal): Promise<T> {
  const url = apiUrl(path, params);
  let res: Response;
  try {
    res = await fetch(url, { signal: signal ?? null, headers: { accept: 'application/json' } });
  } catch (err) {
    if (signal?.aborted) throw err;
    throw new ApiError('Cannot reach the flowline API. Is the server running? Start it with `npm start`, then reload.', 0);
  }
  if (!res.ok) {
    let message = `The API answered ${res.status} ${res.statusText} for ${url}.`;
    let bad: string[] = [];
    try {
      const body = (await res.json()) as ErrorResponse;
      if (body?.error?.message) message = body.error.message;
      bad = (body?.error?.issues ?? []).map((i) => String(i.path).split('.')[0] ?? '').filter(Boolean);
    } catch {
      // Not our JSON error shape (a proxy or a crash page): keep the status line.
    }
    throw new ApiError(message, res.status, bad);
  }
  return (await res.json()) as T;
}

export const api = {
  seriesList: (signal?: AbortSignal) => getJson<SeriesListResponse>('series', { limit: 1000 }, signal),
  series: (id: string, from: string | null, to: string | null, signal?: AbortSignal, every: 'week' | 'month' | null = null, sources: readonly string[] = []) =>
    getJson<SeriesResponse>(`series/${encodeURIComponent(id)}`, { from, to, every, sources: sources.join(',') }, signal),
  /** The light answer the charts of a view draw: every shown series in one request. */
  chartData: (ids: readonly string[], from: string | null, to: string | null, signal?: AbortSignal, every: 'week' | 'month' | null = null, sources: readonly string[] = []) =>
    getJson<ChartDataResponse>('chart-data', { series: ids.join(','), from, to, every, sources: sources.join(',') }, signal),
  /** The reports with these figure ids, with their words and documents (an opened point's evidence). */
  evidence: (figures: readonly number[], signal?: AbortSignal) => getJson<EvidenceResponse>('chart-data/evidence', { figures: figures.join(',') }, signal),
  events: (signal?: AbortSignal) => getJson<EventsResponse>('events', {}, signal),
  compare: (series: string, event: string, window: number, signal?: AbortSignal) =>
    getJson<CompareResponse>('compare', { series, event, window }, signal),
  document: (id: number, signal?: AbortSignal) => getJson<DocumentResponse>(`documents/${id}`, {}, signal),
};

/** CSV of exactly the series, range and kinds on screen; `excel` adds the BOM Excel needs to read UTF-8. */
export function shownCsvUrl(series: string[], from: string | null, to: string | null, kinds: FigureKind[], excel = false, sources: readonly string[] = []): string {
  const common = { from, to, kinds: kinds.join(','), sources: sources.join(','), bom: excel ? 1 : null };
  if (series.length === 1) return apiUrl(`series/${series[0]}.csv`, common);
  return apiUrl('figures.csv', { series: series.join(','), ...common });
}

/** Every dated figure of every series. */
export function everythingCsvUrl(): string {
  return apiUrl('figures.csv');
}
