// The dashboard's calls for reference series (official data beside the news): the references that
// cover a news series' entity × measure × unit, and one reference's values in a range with their mean.
import type { SeriesSummary } from '../src/api/types';
import type { ReferenceListResponse, ReferenceResponse, ReferenceSummary } from '../src/reference/types';
import { ApiError, apiUrl } from './api-client';

async function getJson<T>(path: string, params: Record<string, string | null>, signal?: AbortSignal): Promise<T> {
  const url = apiUrl(path, params);
  let res: Response;
  try {
    res = await fetch(url, { signal: signal ?? null, headers: { accept: 'application/json' } });
  } catch (err) {
    if (signal?.aborted) throw err;
    throw new ApiError('Cannot reach the flowline API for the reference series. Is the server running?', 0);
  }
  if (!res.ok) {
    const body = (await res.json().catch(() => null)) as { error?: { message?: string } } | null;
    throw new ApiError(body?.error?.message ?? `The API answered ${res.status} for ${url}.`, res.status);
  }
  return (await res.json()) as T;
}

export const referenceApi = {
  list: (signal?: AbortSignal) => getJson<ReferenceListResponse>('references', {}, signal),
  values: (id: string, from: string | null, to: string | null, signal?: AbortSignal) =>
    getJson<ReferenceResponse>(`references/${encodeURIComponent(id)}`, { from, to }, signal),
};

/** The reference drawn beside a news series: same entity, measure and unit; daily before monthly. */
export function referenceFor(news: Pick<SeriesSummary, 'entity' | 'measure' | 'unit' | 'per'>, references: readonly ReferenceSummary[]): ReferenceSummary | null {
  if (news.per !== null) return null;
  const covering = references.filter((r) => r.entity === news.entity && r.measure === news.measure && r.unit === news.unit);
  return covering.find((r) => r.frequency === 'daily') ?? covering[0] ?? null;
}
