// What the trends section reads for the shown series. Charts read the light answer, every series
// in one request (GET /api/chart-data): 15.8 MB of fifty full answers for the archive's 50 busiest
// series were mostly words nobody had opened. The table view lists every report with its
// article, so it also reads the full answers (GET /api/series/:id), beside the light one that
// the other panels (sources, reference lines) read in either view.
import type { SeriesResponse } from '../src/api/types';
import type { ChartDataResponse } from '../src/api/chart-view';
import { api } from './api-client';

export interface ViewData {
  charts: ChartDataResponse;
  /** Only in the table view: the reports with their words and documents. */
  reports?: SeriesResponse[];
}

/** GET /api/chart-data takes at most this many series (MAX_SERIES_PER_REQUEST in src/api/params.ts). */
const MOST_PER_REQUEST = 50;

/** The shown series' light answer: one request, or one per fifty when a link names more. */
async function chartData(ids: readonly string[], from: string | null, to: string | null, every: 'week' | 'month' | null, sources: readonly string[], signal: AbortSignal): Promise<ChartDataResponse> {
  const parts: Promise<ChartDataResponse>[] = [];
  for (let i = 0; i < ids.length; i += MOST_PER_REQUEST) parts.push(api.chartData(ids.slice(i, i + MOST_PER_REQUEST), from, to, signal, every, sources));
  const answers = await Promise.all(parts);
  if (answers.length === 1) return answers[0]!;
  const documents = new Map(answers.flatMap((a) => a.documents).map((d) => [d.id, d]));
  return { series: answers.flatMap((a) => a.series), documents: [...documents.values()] };
}

export async function loadView(
  ids: readonly string[],
  from: string | null,
  to: string | null,
  every: 'week' | 'month' | null,
  sources: readonly string[],
  table: boolean,
  signal: AbortSignal,
): Promise<ViewData> {
  const charts = chartData(ids, from, to, every, sources, signal);
  if (!table) return { charts: await charts };
  const [light, reports] = await Promise.all([charts, Promise.all(ids.map((id) => api.series(id, from, to, signal, every, sources)))]);
  return { charts: light, reports };
}
