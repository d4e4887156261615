// The charts' light answer in the API suite (all three engines): GET /api/chart-data gives the
// observations of many series in one request, the same grouping as GET /api/series/:id but
// without any report's words, each document once; GET /api/chart-data/evidence gives the reports
// an opened point names, with their words. Uses its own invented articles about two fields no
// other suite writes about.
import { describe, expect, it } from 'vitest';
import type { ChartDataResponse, EvidenceResponse } from '../../src/api/chart-view';
import { chartDataResponseSchema, evidenceResponseSchema } from '../../src/api/response-schemas-chart';
import type { SeriesResponse } from '../../src/api/types';
import { expectError, post, type SuiteTarget } from './suite';

const MAJNOON = 'majnoon-production-bbl-d';
const QURNA = 'west-qurna-production-bbl-d';
const ARTICLES = [
  { source: 'Meridian Wire', published: '2022-06-05', text: 'The Majnoon field produced 240,000 bpd on June 4, an invented wire note said.' },
  { source: 'Energy Ministry statement', published: '2022-06-06', text: 'The Majnoon field produced about 240,000 bpd on June 4, the ministry said in an invented statement.' },
  { source: 'HullWatch tanker data', published: '2022-06-06', text: 'The Majnoon field produced 190,000 bpd on June 4, invented tanker data showed.' },
  { source: 'Meridian Wire', published: '2022-07-02', text: 'The West Qurna field produced 410,000 bpd on July 1, an invented note said.' },
];

export function chartDataSuite(target: () => SuiteTarget): void {
  describe('chart data: many series in one light request, evidence on demand', () => {
    const get = (path: string, init?: RequestInit) => target().fetch(path, init);
    const json = async <T>(path: string): Promise<T> => {
      const res = await get(path);
      const text = await res.text();
      expect(res.status, text.slice(0, 300)).toBe(200);
      return JSON.parse(text) as T;
    };

    it('gives each series its observations as GET /api/series/:id groups them, without their words', async () => {
      for (const a of ARTICLES) expect([200, 201]).toContain((await post(target(), a)).status);
      const light = await json<ChartDataResponse>(`/api/chart-data?series=${QURNA},${MAJNOON}`);
      expect(chartDataResponseSchema.safeParse(light).error).toBeUndefined();
      expect(light.series.map((s) => s.series.id)).toEqual([QURNA, MAJNOON]);

      const full = await json<SeriesResponse>(`/api/series/${MAJNOON}`);
      const majnoon = light.series[1]!;
      expect(majnoon.series).toEqual(full.series);
      expect(majnoon.reference).toBeNull();
      expect(majnoon.observations.map((o) => [o.id, o.kind, o.value, o.asOf, o.disagrees])).toEqual(
        full.observations.map((o) => [o.id, o.kind, o.value, o.asOf, o.disagrees]),
      );
      // The two 240,000 reports are one observation with both documents; the 190,000 disagrees.
      const agreed = majnoon.observations.find((o) => o.value === 240000)!;
      const split = majnoon.observations.find((o) => o.value === 190000)!;
      expect(agreed.figures).toHaveLength(2);
      expect(agreed.disagrees).toEqual([split.id]);
      expect(split.disagrees).toEqual([agreed.id]);
      for (const o of majnoon.observations) {
        const reports = full.points.filter((p) => p.observation === o.id).sort((a, b) => a.id - b.id);
        expect([...o.figures].sort((a, b) => a - b)).toEqual(reports.map((p) => p.id));
        expect(o.documents).toEqual(o.figures.map((id) => reports.find((p) => p.id === id)!.document.id));
        // The chart stands for the first report, as the full answer's first report: its `approx` too.
        expect(o.figures[0]).toBe(reports[0]!.id);
        expect(o.approx).toBe(reports[0]!.approx);
      }

      // Each document once, and every document an observation names is listed.
      const ids = light.documents.map((d) => d.id);
      expect(new Set(ids).size).toBe(ids.length);
      const named = new Set(light.series.flatMap((s) => s.observations.flatMap((o) => o.documents)));
      expect([...named].sort((a, b) => a - b)).toEqual(ids);
      expect(light.documents.find((d) => d.source === 'HullWatch tanker data')?.published).toBe('2022-06-06');
      // What the light answer leaves out: no sentence, no words of any report.
      const body = JSON.stringify(light);
      for (const p of full.points) expect(body).not.toContain(p.sentence);
    });

    it('gives the evidence of an opened point: its reports with their sentence and document', async () => {
      const light = await json<ChartDataResponse>(`/api/chart-data?series=${MAJNOON}`);
      const agreed = light.series[0]!.observations.find((o) => o.figures.length === 2)!;
      const evidence = await json<EvidenceResponse>(`/api/chart-data/evidence?figures=${agreed.figures.join(',')}`);
      expect(evidenceResponseSchema.safeParse(evidence).error).toBeUndefined();
      const full = await json<SeriesResponse>(`/api/series/${MAJNOON}`);
      const expected = full.points.filter((p) => agreed.figures.includes(p.id)).map(({ observation: _o, ...p }) => p);
      expect(evidence.points).toEqual(expected.sort((a, b) => a.id - b.id));
      expect(evidence.points.map((p) => p.sentence).join(' ')).toContain('the ministry said');
      // An id that names no figure is left out, not an error: a point may outlive a re-extraction.
      expect((await json<EvidenceResponse>(`/api/chart-data/evidence?figures=${agreed.figures[0]},999999999`)).points).toHaveLength(1);
    });

    it('filters like the series route: dates, kinds of source, weekly means', async () => {
      const some = await json<ChartDataResponse>(`/api/chart-data?series=${MAJNOON}&sources=wire,tanker-tracker`);
      const full = await json<SeriesResponse>(`/api/series/${MAJNOON}?sources=wire,tanker-tracker`);
      expect(some.series[0]!.observations.map((o) => o.id)).toEqual(full.observations.map((o) => o.id));
      expect(some.documents.map((d) => d.source).sort()).toEqual(['HullWatch tanker data', 'Meridian Wire']);
      const none = await json<ChartDataResponse>(`/api/chart-data?series=${QURNA}&to=2022-06-30`);
      expect(none.series[0]!.observations).toEqual([]);
      expect(none.documents).toEqual([]);
      const weekly = await json<ChartDataResponse>(`/api/chart-data?series=${MAJNOON}&every=week`);
      expect(weekly.series[0]!.means).toEqual((await json<SeriesResponse>(`/api/series/${MAJNOON}?every=week`)).means);
    });

    it('is cached per data version: the same request again is a 304 with its ETag', async () => {
      const path = `/api/chart-data?series=${MAJNOON}`;
      const etag = (await get(path)).headers.get('etag');
      expect(etag).toBeTruthy();
      expect((await get(path, { headers: { 'If-None-Match': etag! } })).status).toBe(304);
    });

    it('refuses bad or too many ids with a 400 naming the parameter, and names unknown series', async () => {
      const tooMany = Array.from({ length: 51 }, (_, i) => `s-${i}`).join(',');
      const many = await expectError(await get(`/api/chart-data?series=${tooMany}`), 400, 'bad_request');
      expect(many.issues?.[0]?.path).toBe('series');
      expect(many.message).toContain('at most 50 series');
      expect((await expectError(await get('/api/chart-data?series=Not_An_Id'), 400)).message).toContain('lowercase letters, digits and dashes');
      expect((await expectError(await get('/api/chart-data'), 400)).issues?.[0]?.path).toBe('series');
      expect((await expectError(await get('/api/chart-data?series='), 400)).message).toContain('at least one series');
      expect((await expectError(await get(`/api/chart-data?series=${MAJNOON}&from=2022-07-01&to=2022-06-01`), 400)).issues?.[0]?.path).toBe('to');
      const unknown = await expectError(await get(`/api/chart-data?series=${MAJNOON},no-such-series-bbl-d`), 404, 'not_found');
      expect(unknown.message).toContain('"no-such-series-bbl-d"');
      expect((await expectError(await get('/api/chart-data/evidence?figures=1,x'), 400)).message).toContain('whole numbers');
      const figures = Array.from({ length: 201 }, (_, i) => i + 1).join(',');
      expect((await expectError(await get(`/api/chart-data/evidence?figures=${figures}`), 400)).message).toContain('at most 200');
    });
  });
}
