// The dashboard's calls for reference series (official data beside the news): the references that
// cover a news series' entity × measure × unit, and one reference's values in a range with their mean.
import type { SeriesSummary } from '../src/api/types';
import type { ReferenceListResponse, ReferenceResponse, ReferenceSummary } from '../src/reference/types';
import { getJson } from './api-client';

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
