// Search (GET /api/search) and the data version (GET /api/version) in the API suite, on all three
// engines: FTS5 over documents and series as the migration's triggers keep it, bm25 order,
// snippets cut to the matching sentence, paging, FTS5 syntax in a query taken as words, and the
// index following ingest, rename and delete. Own invented articles with made-up names, so the
// seeds and the other suites' articles cannot match by chance.
import { describe, expect, it } from 'vitest';
import type { IngestResponse } from '../../src/api/types';
import { searchResponseSchema, versionResponseSchema, type SearchResponse } from '../../src/api/response-schemas-find';
import { expectError, post, send as sendTo, type SuiteTarget } from './suite';

const QARVANI = [
  'The Qarvani terminal loaded 410,000 barrels per day in March, port agents said. Storage at the site was nearly full.',
  'Officials in Dohuk said repairs were going slowly. Crude exported through the Qarvani terminal rose to 455,000 bpd on Monday, the highest this year.',
  'Qarvani was mentioned once in passing. Traders in Geneva watched other grades; a strike idled the Qarvani berths for a day.',
];

export function searchSuite(target: () => SuiteTarget): void {
  describe('search and the data version', () => {
    const get = (path: string) => target().fetch(path);
    const search = async (q: string, extra = ''): Promise<SearchResponse> => {
      const res = await get(`/api/search?q=${encodeURIComponent(q)}${extra}`);
      const body = (await res.json()) as SearchResponse;
      expect(res.status, JSON.stringify(body)).toBe(200);
      expect(searchResponseSchema.safeParse(body).error).toBeUndefined();
      return body;
    };
    const docs: IngestResponse[] = [];

    it('finds an article by a word of its text, with the sentence that holds it and the word marked', async () => {
      for (const [i, text] of QARVANI.entries()) {
        docs.push((await (await post(target(), { text, title: `Terminal note ${i + 1}`, published: '2021-03-1' + (i + 2) })).json()) as IngestResponse);
      }
      const found = await search('strike idled');
      expect(found.documents.map((d) => d.id)).toEqual([docs[2]!.document.id]);
      const { sentence } = found.documents[0]!;
      expect(sentence.text).toBe('Traders in Geneva watched other grades; a strike idled the Qarvani berths for a day.');
      expect(sentence.marks.map(([s, e]) => sentence.text.slice(s, e))).toEqual(['strike', 'idled']);
    });

    it('ranks by bm25 (the article that says it most first), finds other forms of a word and pages', async () => {
      const all = await search('qarvani');
      expect(all.total).toBe(3);
      // Two mentions in a short article outrank one in a longer one.
      expect(all.documents[0]!.id).toBe(docs[2]!.document.id);
      const stemmed = await search('exporting Qarvani');
      expect(stemmed.documents.map((d) => d.id)).toEqual([docs[1]!.document.id]);
      expect(stemmed.documents[0]!.sentence.text).toMatch(/^Crude exported through the Qarvani terminal/);
      expect(stemmed.documents[0]!.series.length).toBeGreaterThan(0);

      const first = await search('qarvani', '&limit=2');
      const second = await search('qarvani', '&limit=2&offset=2');
      expect([first.documents.length, second.documents.length, first.total, second.total]).toEqual([2, 1, 3, 3]);
      const ids = [...first.documents, ...second.documents].map((d) => d.id);
      expect(new Set(ids).size).toBe(3);
      expect(ids).toEqual(all.documents.map((d) => d.id));
    });

    it('finds series by their label, their entity and a gazetteer alias of the entity', async () => {
      // The seeds give the Kurdistan pipeline to Ceyhan a flow series.
      const byLabel = await search('ceyhan flow');
      expect(byLabel.series.find((s) => s.entity === 'kurdistan-pipeline')).toMatchObject({ matched: 'name', entityLabel: 'Kurdistan pipeline to Ceyhan' });
      // "Erbil's pipeline" is one of its aliases in the gazetteer; no series label says Erbil.
      const byAlias = await search('Erbil pipeline');
      expect(byAlias.series.find((s) => s.entity === 'kurdistan-pipeline')).toMatchObject({ matched: 'alias' });
      expect((await search('Erbil pipeline zzyzx')).series).toEqual([]);
    });

    it('takes FTS5 syntax in a query as plain words instead of failing', async () => {
      for (const q of ['"qarvani', 'qarvani*', 'NEAR(qarvani strike)', 'qarvani OR', 'title:qarvani', '-qarvani', 'qarvani AND NOT', '^qarvani']) {
        const res = await get(`/api/search?q=${encodeURIComponent(q)}`);
        expect(res.status, q).toBe(200);
      }
      expect((await search('NEAR(qarvani strike)')).documents.map((d) => d.id)).toEqual([]);
      expect((await search('"qarvani" strike')).documents.map((d) => d.id)).toEqual([docs[2]!.document.id]);
    });

    it('refuses a query with no words, a missing or too long one, and a bad page, in the one error shape', async () => {
      const none = await expectError(await get('/api/search?q=%22*%22'), 400, 'bad_request');
      expect(none.message).toMatch(/no letters or digits/);
      expect(none.issues).toEqual([{ path: 'q', message: expect.any(String) }]);
      expect((await expectError(await get('/api/search'), 400)).issues?.[0]?.path).toBe('q');
      expect((await expectError(await get(`/api/search?q=${'a'.repeat(201)}`), 400)).message).toMatch(/at most 200/);
      expect((await expectError(await get('/api/search?q=oil&limit=51'), 400)).issues?.[0]?.path).toBe('limit');
    });

    it('follows renames and deletes: the triggers keep the index in step', async () => {
      const send = (path: string, method: string, body?: unknown) => sendTo(target(), path, method, body);
      const stored = docs[0]!.figures[0]!.series;
      expect((await send(`/api/series/${stored}`, 'PATCH', { label: 'Zephyrine loading berth · loadings · bbl/d' })).status).toBe(200);
      expect((await search('zephyrine')).series.map((s) => s.id)).toEqual([stored]);
      expect((await send(`/api/documents/${docs[2]!.document.id}`, 'DELETE')).status).toBe(200);
      expect((await search('strike idled')).total).toBe(0);
      expect((await search('qarvani')).total).toBe(2);
    });

    it('serves the data version uncached, and it moves with every write', async () => {
      const read = async () => {
        const res = await get('/api/version');
        expect(res.headers.get('cache-control')).toBe('no-store');
        const body = await res.json();
        expect(versionResponseSchema.safeParse(body).error).toBeUndefined();
        return (body as { version: number }).version;
      };
      const before = await read();
      await post(target(), { text: 'The Qarvani terminal loaded 300,000 bpd on Tuesday, agents said.', published: '2021-04-02' });
      expect(await read()).toBeGreaterThan(before);
    });
  });
}
