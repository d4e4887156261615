// The API suite, written once over a fetch-like client and run against every engine:
// a temp libSQL file (file.test.ts), a real sqld (sqld.test.ts), the Worker in workerd on a local
// D1 (test/worker/workerd.test.ts). The database starts empty; the suite seeds it through
// POST /api/documents with the token, exactly as a client would.
import { beforeAll, describe, expect, it } from 'vitest';
import type {
  CompareResponse,
  DocumentResponse,
  DocumentsResponse,
  ErrorResponse,
  EventsResponse,
  IngestResponse,
  SeriesListResponse,
  SeriesResponse,
  SeriesSummary,
} from '../../src/api/types';
import { CSV_COLUMNS, OBSERVATION_CSV_COLUMNS } from '../../src/api/csv';
import {
  compareResponseSchema,
  documentResponseSchema,
  documentsResponseSchema,
  errorResponseSchema,
  eventsResponseSchema,
  ingestResponseSchema,
  seriesListResponseSchema,
  seriesResponseSchema,
  seriesSummarySchema,
} from '../../src/api/response-schemas';
import { seedArticles } from '../support/seeds';
import { curationSuite } from './curation-suite';
import { filingSuite } from './filing-suite';
import { referenceSuite } from './reference-suite';
import { sourcesSuite } from './sources-suite';
import { chartDataSuite } from './chart-data-suite';
import { parseCsv } from './parse-csv';
import { searchSuite } from './search-suite';
import { addingSuite } from './adding-suite';

export type Fetch = (path: string, init?: RequestInit) => Promise<Response>;

export interface SuiteTarget {
  fetch: Fetch;
  /** The FLOWLINE_TOKEN the target was configured with. */
  token: string;
  /** Largest body the target accepts, bytes. */
  maxBodyBytes: number;
}

export function post(target: SuiteTarget, body: unknown, token: string | null = target.token): Promise<Response> {
  return target.fetch('/api/documents', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(token === null ? {} : { Authorization: `Bearer ${token}` }) },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

/** Any route with any method, with the token (or none) and a JSON body (a string is sent as written). */
export function send(target: SuiteTarget, path: string, method: string, body?: unknown, token: string | null = target.token): Promise<Response> {
  return target.fetch(path, {
    method,
    headers: {
      ...(token === null ? {} : { Authorization: `Bearer ${token}` }),
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
  });
}

async function json<T>(res: Response, status = 200): Promise<T> {
  const text = await res.text();
  expect(res.status, text.slice(0, 500)).toBe(status);
  return JSON.parse(text) as T;
}

/** Locks the one error shape: {error: {status, code, message, issues?}} and nothing else. */
export async function expectError(res: Response, status: number, code?: string): Promise<ErrorResponse['error']> {
  expect(res.status).toBe(status);
  expect(res.headers.get('content-type')).toMatch(/^application\/json/);
  const body = (await res.json()) as ErrorResponse;
  expect(errorResponseSchema.safeParse(body).error).toBeUndefined();
  expect(Object.keys(body)).toEqual(['error']);
  const keys = Object.keys(body.error).sort();
  expect(keys.filter((k) => k !== 'issues')).toEqual(['code', 'message', 'status']);
  expect(body.error.status).toBe(status);
  expect(body.error.code).toMatch(/^[a-z_]+$/);
  expect(body.error.message.length).toBeGreaterThan(10);
  if (code) expect(body.error.code).toBe(code);
  if (body.error.issues) for (const i of body.error.issues) expect(Object.keys(i).sort()).toEqual(['message', 'path']);
  return body.error;
}

const PIPELINE = /ceyhan|kurdistan|kurdish/i;

export function apiSuite(engine: string, setup: () => Promise<SuiteTarget>): void {
  describe(`API on ${engine}`, () => {
    let t: SuiteTarget;
    const seeds = seedArticles();
    let ingested: IngestResponse[] = [];
    let pipeline: string;

    beforeAll(async () => {
      t = await setup();
      ingested = [];
      for (const seed of seeds) {
        const res = await post(t, { text: seed.text, title: seed.title, source: seed.source, url: seed.url, published: seed.published });
        ingested.push(await json<IngestResponse>(res, 201));
      }
      const list = await json<SeriesListResponse>(await t.fetch('/api/series?unit=bbl/d&limit=1000'));
      const found = list.series.filter((s) => PIPELINE.test(s.label)).sort((a, b) => b.points - a.points)[0];
      if (!found) throw new Error(`no Kurdistan pipeline series among ${list.series.map((s) => s.id).join(', ')}`);
      pipeline = found.id;
    });

    it('answers health', async () => {
      expect(await json(await t.fetch('/api/health'))).toEqual({ ok: true });
    });

    describe('ingest (POST /api/documents)', () => {
      it('stored every seed with its figures, each span pointing at its words', () => {
        expect(ingested.every((r) => r.created)).toBe(true);
        for (const r of ingested) expect(ingestResponseSchema.safeParse(r).error).toBeUndefined();
        const seedTotal = ingested.reduce((n, r) => n + r.figures.length, 0);
        expect(seedTotal).toBeGreaterThanOrEqual(5);
        for (const [i, r] of ingested.entries()) {
          expect(r.document.figures).toBe(r.figures.length);
          for (const f of r.figures) expect(seeds[i]!.text.slice(f.start, f.end)).toBe(f.text);
        }
      });

      it('is idempotent by content: the same text again adds nothing', async () => {
        const seed = seeds[0]!;
        const again = await json<IngestResponse>(await post(t, { text: seed.text, title: 'another title' }), 200);
        expect(again.created).toBe(false);
        expect(ingestResponseSchema.safeParse(again).error).toBeUndefined();
        expect(again.document.id).toBe(ingested[0]!.document.id);
        expect(again.figures.map((f) => f.id)).toEqual(ingested[0]!.figures.map((f) => f.id));
        const docs = await json<DocumentsResponse>(await t.fetch('/api/documents'));
        expect(docs.total).toBe(seeds.length);
      });

      it('maps derivedFrom to ids of figures of the same document', () => {
        const derived = ingested.flatMap((r) => r.figures.filter((f) => f.derivedFrom.length).map((f) => ({ f, r })));
        expect(derived.length).toBeGreaterThan(0);
        for (const { f, r } of derived) {
          const ids = new Set(r.figures.map((g) => g.id));
          for (const id of f.derivedFrom) expect(ids.has(id), `figure ${f.id} derived from ${id}`).toBe(true);
        }
      });

      it('refuses writes without the right token, and says why', async () => {
        const body = { text: 'Flows stood at 1,000 barrels per day on 1 May 2018.' };
        expect((await expectError(await post(t, body, null), 401, 'unauthorized')).message).toMatch(/Bearer/);
        await expectError(await post(t, body, `${t.token}x`), 401, 'unauthorized');
        await expectError(await post(t, body, ''), 401, 'unauthorized');
      });

      it('refuses a body over the size limit with 413 in the error shape', async () => {
        const big = JSON.stringify({ text: 'x'.repeat(t.maxBodyBytes + 10) });
        await expectError(await post(t, big), 413, 'payload_too_large');
      });

      it('reads an HTML page as its text and says so, like the CLI does', async () => {
        const html =
          '<!doctype html><html><head><title>t</title><style>p{color:red}</style></head><body><h1>Basra</h1>' +
          '<p>Exports from the Basra oil terminal were 3,500,000 barrels per day on 2019-03-01, officials said.</p>' +
          '<script>window.x = 1</script></body></html>';
        const r = await json<IngestResponse>(await post(t, { text: html, published: '2019-03-02' }), 201);
        expect(r.notes.join(' ')).toMatch(/HTML/);
        const d = await json<DocumentResponse>(await t.fetch(`/api/documents/${r.document.id}`));
        expect(d.document.text).not.toMatch(/<|window\.x|color:red/);
        expect(d.document.text).toContain('3,500,000 barrels per day');
        for (const f of d.figures) expect(d.document.text.slice(f.start, f.end)).toBe(f.text);
      });

      it('refuses text that is not an article, naming the field', async () => {
        const binary = 'PK\u0003\u0004' + '\u0000\u0001\u0002'.repeat(50);
        const e = await expectError(await post(t, { text: binary }), 400, 'bad_request');
        expect(e.issues?.[0]?.path).toBe('text');
      });

      it('names the bad body field', async () => {
        const e1 = await expectError(await post(t, { title: 'no text' }), 400, 'bad_request');
        expect(e1.issues?.map((i) => i.path)).toContain('text');
        const e2 = await expectError(await post(t, { text: 'x', published: '2017-02-30' }), 400);
        expect(e2.issues?.map((i) => i.path)).toEqual(['published']);
        await expectError(await post(t, '{"text": '), 400);
      });
    });

    describe('series', () => {
      it('lists series with summaries, paginated', async () => {
        const all = await json<SeriesListResponse>(await t.fetch('/api/series'));
        // The served body is exactly what /api/openapi.json says (generated from this schema): no field missing or extra.
        expect(seriesListResponseSchema.safeParse(all).error).toBeUndefined();
        expect(all.limit).toBe(100);
        expect(all.offset).toBe(0);
        expect(all.total).toBe(all.series.length);
        const p = all.series.find((s) => s.id === pipeline)!;
        expect(p.unit).toBe('bbl/d');
        expect(p.points).toBeGreaterThanOrEqual(3);
        expect(p.first! <= p.last!).toBe(true);
        expect(p.kinds).toContain('level');
        // A series is entity × measure × unit (× period basis), and its label says all of it.
        expect(p.label).toBe(`Kurdistan pipeline to Ceyhan · ${p.measure} · bbl/d`);
        expect(p).toMatchObject({ entity: 'kurdistan-pipeline', measure: 'flow', per: null });
        for (const s of all.series) expect(s.label, s.id).toContain(` · ${s.measure} · ${s.unit}`);

        const page = await json<SeriesListResponse>(await t.fetch('/api/series?limit=1&offset=1'));
        expect(page.series).toHaveLength(Math.min(1, all.total - 1));
        expect(page.series[0]?.id).toBe(all.series[1]?.id);
        expect(page.total).toBe(all.total);
        const past = await json<SeriesListResponse>(await t.fetch(`/api/series?offset=${all.total}`));
        expect(past.series).toEqual([]);
      });

      it('filters by unit and by text', async () => {
        const pct = await json<SeriesListResponse>(await t.fetch('/api/series?unit=%25'));
        expect(pct.series.every((s) => s.unit === '%')).toBe(true);
        const q = await json<SeriesListResponse>(await t.fetch('/api/series?q=CEYHAN'));
        expect(q.series.map((s) => s.id)).toContain(pipeline);
        const none = await json<SeriesListResponse>(await t.fetch('/api/series?q=%25%25_no_such'));
        expect(none.series).toEqual([]);
      });

      it('serves dated points in order, with the document they came from', async () => {
        const body = await json<SeriesResponse>(await t.fetch(`/api/series/${pipeline}`));
        expect(seriesResponseSchema.safeParse(body).error).toBeUndefined();
        expect(body.series.id).toBe(pipeline);
        expect(body.points.length).toBe(body.series.reports);
        const keys = body.points.map((p) => `${p.asOf}#${String(p.id).padStart(9, '0')}`);
        expect(keys).toEqual([...keys].sort());
        const observationIds = new Set(body.observations.map((o) => o.id));
        expect(body.observations.length).toBeLessThanOrEqual(body.points.length);
        for (const p of body.points) {
          expect(p.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
          expect(p.series).toBe(pipeline);
          expect(p.measure).toBe(body.series.measure);
          expect(observationIds.has(p.observation), p.observation).toBe(true);
          const seed = seeds[ingested.findIndex((r) => r.document.id === p.document.id)]!;
          expect(seed.text.slice(p.start, p.end)).toBe(p.text);
          expect(p.document.title).toBe(seed.title);
        }
        // The seed article of 24 Oct 2017 says 300,000 bpd flowed to Ceyhan that day.
        expect(body.points.some((p) => p.kind === 'level' && p.value === 300000 && p.asOf === '2017-10-24')).toBe(true);
      });

      it('filters points by date range and kind', async () => {
        const all = (await json<SeriesResponse>(await t.fetch(`/api/series/${pipeline}`))).points;
        const levels = (await json<SeriesResponse>(await t.fetch(`/api/series/${pipeline}?kinds=level`))).points;
        expect(levels.length).toBe(all.filter((p) => p.kind === 'level').length);
        const two = (await json<SeriesResponse>(await t.fetch(`/api/series/${pipeline}?kinds=level,derived`))).points;
        expect(two.length).toBe(all.filter((p) => p.kind === 'level' || p.kind === 'derived').length);
        const ranged = (await json<SeriesResponse>(await t.fetch(`/api/series/${pipeline}?from=2017-10-16&to=2017-10-24`))).points;
        expect(ranged.length).toBe(all.filter((p) => p.asOf! >= '2017-10-16' && p.asOf! <= '2017-10-24').length);
        expect(ranged.length).toBeGreaterThan(0);
        expect(ranged.length).toBeLessThan(all.length);
      });

      it('404s an unknown series, with the error shape', async () => {
        const e = await expectError(await t.fetch('/api/series/no-such-series'), 404, 'not_found');
        expect(e.message).toContain('no-such-series');
        await expectError(await t.fetch('/api/series/..%2F..%2Fetc%2Fpasswd'), 404);
        await expectError(await t.fetch('/api/series/no-such-series.csv'), 404);
      });

      it('400s a bad parameter and names it', async () => {
        const cases: [string, string][] = [
          ['/api/series?limit=0', 'limit'],
          ['/api/series?limit=1001', 'limit'],
          ['/api/series?limit=ten', 'limit'],
          ['/api/series?offset=-1', 'offset'],
          ['/api/series?unit=gallons', 'unit'],
          [`/api/series/${pipeline}?from=2017-13-45`, 'from'],
          [`/api/series/${pipeline}?to=yesterday`, 'to'],
          [`/api/series/${pipeline}?from=2017-10-20&to=2017-10-01`, 'to'],
          [`/api/series/${pipeline}?kinds=level,rumour`, 'kinds'],
          [`/api/series/${pipeline}.csv?bom=yes`, 'bom'],
          ['/api/documents?limit=99999', 'limit'],
        ];
        for (const [path, param] of cases) {
          const e = await expectError(await t.fetch(path), 400, 'bad_request');
          expect(e.issues?.[0]?.path.split('.')[0], path).toBe(param);
          expect(e.message, path).toContain(`"${param}`);
        }
      });
    });

    describe('CSV', () => {
      it('exports a series as RFC 4180 CSV matching its JSON', async () => {
        const res = await t.fetch(`/api/series/${pipeline}.csv`);
        expect(res.status).toBe(200);
        expect(res.headers.get('content-type')).toMatch(/^text\/csv; charset=utf-8/);
        expect(res.headers.get('content-disposition')).toBe(`attachment; filename="flowline-${pipeline}.csv"`);
        const bytes = new Uint8Array(await res.arrayBuffer());
        expect([...bytes.slice(0, 4)]).toEqual([...new TextEncoder().encode('date')]);
        const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
        const rows = parseCsv(text);
        expect(rows[0]).toEqual([...CSV_COLUMNS]);
        const json_ = (await json<SeriesResponse>(await t.fetch(`/api/series/${pipeline}`))).points;
        expect(rows.length - 1).toBe(json_.length);
        for (const [i, p] of json_.entries()) {
          const row = Object.fromEntries(CSV_COLUMNS.map((c, j) => [c, rows[i + 1]![j]]));
          expect(Number(row.value)).toBe(p.value);
          expect(row.date).toBe(p.asOf);
          expect(row.sentence).toBe(p.sentence);
          expect(row.text).toBe(p.text);
          expect(Number(row.figure_id)).toBe(p.id);
          expect(row.observation_id).toBe(p.observation);
          expect(row.measure).toBe(p.measure);
        }
      });

      it('offers one row per observation', async () => {
        const body = await json<SeriesResponse>(await t.fetch(`/api/series/${pipeline}`));
        const rows = parseCsv(await (await t.fetch(`/api/series/${pipeline}.csv?rows=observations`)).text());
        expect(rows[0]).toEqual([...OBSERVATION_CSV_COLUMNS]);
        expect(rows.slice(1).map((r) => r[14])).toEqual(body.observations.map((o) => o.id));
        const all = parseCsv(await (await t.fetch('/api/figures.csv?rows=observations')).text());
        expect(all.length).toBeGreaterThanOrEqual(rows.length);
        await expectError(await t.fetch(`/api/series/${pipeline}.csv?rows=some`), 400);
      });

      it('adds a BOM on request and honours filters', async () => {
        const bytes = new Uint8Array(await (await t.fetch(`/api/series/${pipeline}.csv?bom=1&kinds=level`)).arrayBuffer());
        // Response.text() would swallow the BOM, so look at the bytes.
        expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
        const rows = parseCsv(new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes));
        expect(rows.slice(1).every((r) => r[4] === 'level')).toBe(true);
      });

      it('exports everything, or chosen series, from /api/figures.csv', async () => {
        const list = await json<SeriesListResponse>(await t.fetch('/api/series?limit=1000'));
        const dated = list.series.reduce((n, s) => n + s.points, 0);
        const all = parseCsv(await (await t.fetch('/api/figures.csv')).text());
        expect(all.length - 1).toBe(dated);
        const two = list.series.slice(0, 2).map((s) => s.id);
        const res = await t.fetch(`/api/figures.csv?series=${two.join(',')}`);
        const some = parseCsv(await res.text());
        expect(new Set(some.slice(1).map((r) => r[9]))).toEqual(new Set(list.series.slice(0, 2).filter((s) => s.points).map((s) => s.id)));
        await expectError(await t.fetch('/api/figures.csv?series=no-such-series'), 404);
        await expectError(await t.fetch('/api/figures.csv?series=Bad_Id'), 400);
      });
    });

    describe('events and comparisons', () => {
      it('lists events by date', async () => {
        const body = await json<EventsResponse>(await t.fetch('/api/events'));
        expect(eventsResponseSchema.safeParse(body).error).toBeUndefined();
        const { events } = body;
        expect(events.map((e) => e.id)).toEqual(expect.arrayContaining(['kurdish-referendum', 'kirkuk-takeover']));
        expect(events.map((e) => e.date)).toEqual([...events.map((e) => e.date)].sort());
        for (const e of events) expect(Object.keys(e).sort()).toEqual(['date', 'id', 'label']);
      });

      it('compares the pipeline before and after the Kirkuk takeover', async () => {
        const c = await json<CompareResponse>(await t.fetch(`/api/compare?series=${pipeline}&event=kirkuk-takeover&window=30`));
        expect(c.window).toBe(30);
        expect(compareResponseSchema.safeParse(c).error).toBeUndefined();
        expect(c.event.date).toBe('2017-10-16');
        expect(c.before).toMatchObject({ from: '2017-09-16', to: '2017-10-15' });
        // Two windows of equal length: 30 days ending the day before, 30 days from the day itself.
        expect(c.after).toMatchObject({ from: '2017-10-16', to: '2017-11-14' });
        for (const p of [...c.before.points, ...c.after.points]) expect(['level', 'derived']).toContain(p.kind);
        expect(c.before.points.every((p) => p.asOf! < '2017-10-16' && p.asOf! >= '2017-09-16')).toBe(true);
        expect(c.after.points.every((p) => p.asOf! >= '2017-10-16')).toBe(true);
        // 600,000 bpd before; 250,000 on 23 October and 300,000 on 24 October after (the seed articles).
        expect(c.before.mean).toBe(600_000);
        expect(c.after.mean).toBe(275_000);
        expect(c.after.observations.map((o) => [o.asOf, o.value])).toEqual([['2017-10-23', 250_000], ['2017-10-24', 300_000]]);
        expect(c.change).toBeCloseTo(c.after.mean! - c.before.mean!, 6);
        expect(c.percentChange).toBeCloseTo((100 * c.change!) / c.before.mean!, 6);
        expect(c.before.count).toBe(c.before.observations.length);
        expect(c.before.reports).toBe(c.before.points.length);
        expect(c.after.documents).toBeGreaterThanOrEqual(1);
      });

      it('gives null means and changes on an empty side', async () => {
        const c = await json<CompareResponse>(await t.fetch(`/api/compare?series=${pipeline}&event=kurdish-referendum&window=1`));
        expect(c.before.mean).toBeNull();
        expect(compareResponseSchema.safeParse(c).error).toBeUndefined();
        expect(c.before.count).toBe(0);
        expect(c.change).toBeNull();
        expect(c.percentChange).toBeNull();
      });

      it('validates and 404s comparison parameters', async () => {
        expect((await expectError(await t.fetch('/api/compare?event=kirkuk-takeover'), 400)).issues?.[0]?.path).toBe('series');
        expect((await expectError(await t.fetch(`/api/compare?series=${pipeline}&event=kirkuk-takeover&window=0`), 400)).issues?.[0]?.path).toBe('window');
        await expectError(await t.fetch(`/api/compare?series=${pipeline}&event=kirkuk-takeover&window=3651`), 400);
        await expectError(await t.fetch(`/api/compare?series=${pipeline}&event=no-such-event`), 404);
        await expectError(await t.fetch('/api/compare?series=no-such-series&event=kirkuk-takeover'), 404);
      });
    });

    describe('observations and periods', () => {
      // Invented reports: two articles agree on August's average, a third disagrees; one more gives
      // October's, which covers the takeover of 16 October.
      const agreeing = [
        'Crude flows through the Kurdistan pipeline to Ceyhan averaged 480,000 barrels per day in August, according to shipping data.',
        'Shipping data showed the Kurdistan pipeline to Ceyhan carried an average of 482,000 barrels per day in August.',
      ];
      const disagreeing = 'A trader said flows on the Kurdistan pipeline to Ceyhan averaged only 430,000 barrels per day in August.';
      const straddling = 'Flows through the Kurdistan pipeline to Ceyhan averaged 420,000 barrels per day in October, a shipping source said.';

      beforeAll(async () => {
        for (const text of [...agreeing, disagreeing]) expect((await post(t, { text, published: '2017-09-05' })).status).toBe(201);
        expect((await post(t, { text: straddling, published: '2017-11-03' })).status).toBe(201);
      });

      it('counts agreeing reports of one period once, with every source, and flags the one that disagrees', async () => {
        const body = await json<SeriesResponse>(await t.fetch(`/api/series/${pipeline}?from=2017-08-01&to=2017-08-31`));
        expect(body.points).toHaveLength(3);
        const [low, high] = [...body.observations].sort((a, b) => a.value - b.value);
        expect(body.observations).toHaveLength(2);
        expect(high).toMatchObject({ asOf: '2017-08-01', asOfTo: '2017-08-31', days: 31, value: 481_000 });
        expect(high!.documents).toHaveLength(2);
        expect(high!.figures).toHaveLength(2);
        expect(low!.value).toBe(430_000);
        expect(high!.disagrees).toEqual([low!.id]);
        expect(low!.disagrees).toEqual([high!.id]);
      });

      it('averages by month weighing each observation by the days it covers', async () => {
        const body = await json<SeriesResponse>(await t.fetch(`/api/series/${pipeline}?from=2017-08-01&to=2017-08-31&every=month`));
        expect(seriesResponseSchema.safeParse(body).error).toBeUndefined();
        // 481,000 (two agreeing reports, once) and 430,000 each cover all 31 days of August.
        expect(body.means).toEqual([{ from: '2017-08-01', to: '2017-08-31', mean: (481_000 + 430_000) / 2, days: 62 }]);
        expect((await json<SeriesResponse>(await t.fetch(`/api/series/${pipeline}`))).means).toBeUndefined();
        const e = await expectError(await t.fetch(`/api/series/${pipeline}?every=day`), 400);
        expect(e.issues?.[0]?.path).toBe('every');
      });

      it('lists a month that crosses the event apart, with why, and leaves both means alone', async () => {
        const c = await json<CompareResponse>(await t.fetch(`/api/compare?series=${pipeline}&event=kirkuk-takeover&window=30`));
        expect(compareResponseSchema.safeParse(c).error).toBeUndefined();
        const october = c.straddlers.find((s) => s.observation.asOf === '2017-10-01');
        expect(october?.observation.value).toBe(420_000);
        expect(october?.why).toMatch(/across the event on 2017-10-16/);
        expect(october?.points.map((p) => p.text)).toEqual(['420,000 barrels per day']);
        expect(c.before.mean).toBe(600_000);
        expect(c.after.mean).toBe(275_000);
        // August ends before the window opens: neither counted nor a straddler.
        expect(c.straddlers.some((s) => s.observation.asOf === '2017-08-01')).toBe(false);
      });
    });

    describe('series summaries count observations', () => {
      // Invented reports of one field's March average: a second article repeats the first (within
      // 1 %), a third disagrees. The seeds never name this field, so its counts are exact.
      const field = 'khurmala-production-bbl-d';
      const first = 'Output at the Khurmala Dome field averaged 105,000 barrels per day in March, an official said.';
      const repeat = 'The Khurmala Dome field pumped an average of 105,500 barrels per day in March, according to a company statement.';
      const disagreeing = 'An engineer said the Khurmala Dome field averaged just 92,000 barrels per day in March.';

      async function counts(): Promise<{ listed: unknown; one: unknown; paged: unknown }> {
        const pick = (s: SeriesSummary | undefined) => s && { reports: s.reports, observations: s.observations, points: s.points };
        const all = await json<SeriesListResponse>(await t.fetch('/api/series?limit=1000'));
        const at = all.series.findIndex((s) => s.id === field);
        // A page of one, deep in the list: the count is made for the page's own series.
        const paged = await json<SeriesListResponse>(await t.fetch(`/api/series?limit=1&offset=${at}`));
        const one = await json<SeriesResponse>(await t.fetch(`/api/series/${field}`));
        expect(seriesSummarySchema.safeParse(one.series).error).toBeUndefined();
        // The summary is the whole series' whatever the range and kinds asked for.
        const ranged = await json<SeriesResponse>(await t.fetch(`/api/series/${field}?from=2016-04-01&kinds=change`));
        expect(ranged.points).toEqual([]);
        expect(ranged.series).toEqual(one.series);
        const filtered = await json<SeriesResponse>(await t.fetch(`/api/series/${field}?kinds=change`));
        expect(filtered.series).toEqual(one.series);
        return { listed: pick(all.series[at]), one: pick(one.series), paged: pick(paged.series[0]) };
      }
      const same = (c: { reports: number; observations: number }) => ({ listed: { ...c, points: c.reports }, one: { ...c, points: c.reports }, paged: { ...c, points: c.reports } });

      it('counts a repeat by two articles as 2 reports and 1 observation, a disagreement as 2 observations', async () => {
        expect((await post(t, { text: first, published: '2016-04-12' })).status).toBe(201);
        expect(await counts()).toEqual(same({ reports: 1, observations: 1 }));
        expect((await post(t, { text: repeat, published: '2016-04-14' })).status).toBe(201);
        expect(await counts()).toEqual(same({ reports: 2, observations: 1 }));
        expect((await post(t, { text: disagreeing, published: '2016-04-15' })).status).toBe(201);
        expect(await counts()).toEqual(same({ reports: 3, observations: 2 }));
      });

      it('agrees with the observations each series serves, for every series', async () => {
        const all = await json<SeriesListResponse>(await t.fetch('/api/series?limit=1000'));
        expect(all.series.some((s) => s.observations < s.reports)).toBe(true);
        for (const s of all.series) {
          const body = await json<SeriesResponse>(await t.fetch(`/api/series/${s.id}`));
          expect({ id: s.id, reports: s.reports, observations: s.observations }).toEqual({
            id: s.id, reports: body.points.length, observations: body.observations.length,
          });
        }
      });
    });

    describe('documents', () => {
      it('lists documents, newest first, paginated', async () => {
        const all = await json<DocumentsResponse>(await t.fetch('/api/documents'));
        expect(all.total).toBeGreaterThanOrEqual(seeds.length);
        const ids = all.documents.map((d) => d.id);
        expect(ids).toEqual([...ids].sort((a, b) => b - a));
        const page = await json<DocumentsResponse>(await t.fetch('/api/documents?limit=1&offset=1'));
        expect(page.documents.map((d) => d.id)).toEqual(ids.slice(1, 2));
        for (const body of [all, page]) expect(documentsResponseSchema.safeParse(body).error).toBeUndefined();
      });

      it('serves a document with every figure and its span', async () => {
        const first = ingested[0]!;
        const d = await json<DocumentResponse>(await t.fetch(`/api/documents/${first.document.id}`));
        expect(d.document.text).toBe(seeds[0]!.text);
        expect(documentResponseSchema.safeParse(d).error).toBeUndefined();
        expect(d.document.hash).toMatch(/^[0-9a-f]{64}$/);
        expect(d.document.published).toBe('2017-10-24');
        expect(d.document.publishedSource).toBe('manifest');
        expect(d.figures.map((f) => f.id).sort()).toEqual(first.figures.map((f) => f.id).sort());
        for (const f of d.figures) expect(d.document.text.slice(f.start, f.end)).toBe(f.text);
        const starts = d.figures.map((f) => f.start);
        expect(starts).toEqual([...starts].sort((a, b) => a - b));
      });

      it('404s unknown and malformed document ids', async () => {
        await expectError(await t.fetch('/api/documents/999999'), 404, 'not_found');
        await expectError(await t.fetch('/api/documents/abc'), 404, 'not_found');
        await expectError(await t.fetch('/api/documents/1e3'), 404, 'not_found');
      });
    });

    describe('caching', () => {
      it('serves ETags, 304 on If-None-Match, and turns them over on ingest', async () => {
        for (const path of [`/api/series/${pipeline}`, '/api/events', `/api/series/${pipeline}.csv`, '/api/series']) {
          const res = await t.fetch(path);
          await res.arrayBuffer();
          const etag = res.headers.get('etag');
          expect(etag, path).toMatch(/^"[^"]+"$/);
          expect(res.headers.get('cache-control'), path).toMatch(/must-revalidate|no-cache/);
          const again = await t.fetch(path, { headers: { 'If-None-Match': etag! } });
          expect(again.status, path).toBe(304);
          expect(await again.text()).toBe('');
        }
        const before = await t.fetch(`/api/series/${pipeline}`);
        const etag = before.headers.get('etag')!;
        await before.arrayBuffer();
        const added = await post(t, {
          text: 'Flows through the Kurdistan pipeline to Ceyhan were 410,000 barrels per day on 2 November 2017, a shipping source said.',
          title: 'Cache test',
          published: '2017-11-03',
        });
        expect(added.status).toBe(201);
        const after = await t.fetch(`/api/series/${pipeline}`, { headers: { 'If-None-Match': etag } });
        expect(after.status).toBe(200);
        expect(after.headers.get('etag')).not.toBe(etag);
        await after.arrayBuffer();
      });
    });

    describe('errors and headers', () => {
      it('answers a wrong method with 405, Allow and the error shape', async () => {
        const res = await t.fetch('/api/series', { method: 'DELETE' });
        expect(res.headers.get('allow')).toMatch(/GET/);
        await expectError(res, 405, 'method_not_allowed');
        const put = await t.fetch('/api/documents', { method: 'PUT' });
        expect(put.headers.get('allow')).toMatch(/POST/);
        await expectError(put, 405);
      });

      it('404s unknown API paths in the error shape', async () => {
        await expectError(await t.fetch('/api/nothing-here'), 404, 'not_found');
      });

      it('sends secure headers with a same-origin CSP', async () => {
        const res = await t.fetch('/api/health');
        const csp = res.headers.get('content-security-policy') ?? '';
        expect(csp).toContain("default-src 'self'");
        expect(csp).toContain("script-src 'self'");
        expect(csp).toContain("frame-ancestors 'none'");
        expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|https?:/);
        expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      });

      it('describes itself in OpenAPI 3.1', async () => {
        const doc = await json<{ openapi: string; paths: Record<string, Record<string, unknown>> }>(await t.fetch('/api/openapi.json'));
        expect(doc.openapi).toMatch(/^3\.1\./);
        for (const [path, method] of [
          ['/api/health', 'get'], ['/api/series', 'get'], ['/api/series/{id}', 'get'], ['/api/series/{id}.csv', 'get'],
          ['/api/figures.csv', 'get'], ['/api/events', 'get'], ['/api/compare', 'get'], ['/api/documents', 'get'],
          ['/api/documents', 'post'], ['/api/documents/{id}', 'get'], ['/api/openapi.json', 'get'],
        ] as const) {
          expect(doc.paths[path]?.[method], `${method} ${path}`).toBeTruthy();
        }
      });
    });

    searchSuite(() => t);
    addingSuite(() => t);

    curationSuite(() => t);
    filingSuite(() => t);
    referenceSuite(() => t);
    sourcesSuite(() => t);
    chartDataSuite(() => t);
  });
}
