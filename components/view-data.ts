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

export async function loadView(
  ids: readonly string[],
  from: string | null,
  to: string | null,
  every: 'week' | 'month' | null,
  sources: readonly string[],
  table: boolean,
  signal: AbortSignal,
): Promise<ViewData> {
  const charts = api.chartData(ids, from, to, signal, every, sources);
  if (!table) return { charts: await charts };
  const [light, reports] = await Promise.all([charts, Promise.all(ids.map((id) => api.series(id, from, to, signal, every, sources)))]);
  return { charts: light, reports };
}
