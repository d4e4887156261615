// Filtering by kind of source in the API suite (all three engines): GET /api/series/:id, its CSV
// and /api/figures.csv keep only reports whose document's source is of the kinds asked for. Uses
// its own invented articles about one field no other suite writes about.
import { describe, expect, it } from 'vitest';
import type { IngestResponse, SeriesResponse } from '../../src/api/types';
import { expectError, post, type SuiteTarget } from './suite';
import { parseCsv } from './parse-csv';

/** Rows of a CSV (BOM dropped) as objects keyed by the header. */
function records(text: string): Record<string, string>[] {
  const [header = [], ...rows] = parseCsv(text.replace(/^\uFEFF/, ''));
  return rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ''])));
}

const SERIES = 'karachaganak-production-bbl-d';
const ARTICLES = [
  { source: 'Energy Ministry statement', text: 'Karachaganak produced 231,000 bpd on March 3, the ministry said.', published: '2023-03-04' },
  { source: 'Meridian Wire', text: 'Karachaganak produced 244,000 bpd on March 10, traders said.', published: '2023-03-11' },
  { source: 'HullWatch tanker data', text: 'Karachaganak produced 238,000 bpd on March 17, according to loading data.', published: '2023-03-18' },
];

export function sourcesSuite(target: () => SuiteTarget): void {
  describe('filter by kind of source', () => {
    const get = (path: string) => target().fetch(path);

    it('keeps the reports of the kinds asked for in the series, its CSV and figures.csv', async () => {
      for (const a of ARTICLES) {
        const res = await post(target(), a);
        expect([200, 201]).toContain(res.status);
        expect(((await res.json()) as IngestResponse).figures.some((f) => f.series === SERIES)).toBe(true);
      }
      const all = (await (await get(`/api/series/${SERIES}`)).json()) as SeriesResponse;
      expect(all.points.map((p) => p.value).sort()).toEqual([231000, 238000, 244000]);
      const some = (await (await get(`/api/series/${SERIES}?sources=ministry,tanker-tracker`)).json()) as SeriesResponse;
      expect(some.points.map((p) => [p.value, p.document.source]).sort()).toEqual([
        [231000, 'Energy Ministry statement'],
        [238000, 'HullWatch tanker data'],
      ]);
      expect(some.observations).toHaveLength(2);
      const csv = records(await (await get(`/api/series/${SERIES}.csv?sources=wire`)).text());
      expect(csv.map((r) => [r['value'], r['source']])).toEqual([['244000', 'Meridian Wire']]);
      const figures = records(await (await get(`/api/figures.csv?series=${SERIES}&sources=ministry&bom=1`)).text());
      expect(figures.map((r) => r['source'])).toEqual(['Energy Ministry statement']);
    });

    it('refuses a kind of source it does not know, naming the parameter', async () => {
      const error = await expectError(await get(`/api/series/${SERIES}?sources=blog`), 400, 'bad_request');
      expect(error.issues?.[0]?.path).toBe('sources.0');
      expect(error.message).toContain('ministry, company, tanker-tracker, wire');
    });
  });
}
