// The streamed report CSV over many chunks, days that straddle them and filters, against the rows
// the JSON path gives for the same points (listPoints → observed → csvRow): the same bytes on the
// native read path (bytes) and the drizzle one (text), with kinds and sources filters.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prng } from '../../scripts/bench/corpus';
import { csvRow, csvStream, CSV_COLUMNS, CSV_PAGE_ROWS } from '../../src/api/csv';
import { observed } from '../../src/api/observed';
import { listPoints } from '../../src/db/repo/points';
import { ormReads, type ReadPath } from '../../src/db/repo/read-path';
import type { FigureKind } from '../../src/extract/types';
import { keepSources, type SourceKind } from '../../src/series/source-kind';
import { inProcessApp, type InProcess } from '../support/app';
import { tempDbUrl } from '../support/temp';

const temp = tempDbUrl();
let target: InProcess;
const FIGURES = 3000;

beforeAll(async () => {
  target = await inProcessApp(temp.url);
  const c = target.database.client;
  const random = prng(11);
  const sources = ['Oil Ministry', 'Kpler tanker data', 'North Petroleum Company', 'Wire, "quoted"', null];
  for (let d = 1; d <= 40; d++) {
    await c.execute({
      sql: `INSERT INTO documents (id, hash, title, source, url, published, published_source, text, ingested_at) VALUES (?, ?, ?, ?, NULL, '2020-01-01', 'manifest', 'x', '2020-01-01T00:00:00Z')`,
      args: [d, `h${d}`, d % 3 ? `Report ${d}` : `=Report, ${d}`, sources[d % sources.length] ?? null],
    });
  }
  for (const s of ['a-bbl-d', 'b-bbl-d']) await c.execute({ sql: `INSERT INTO series (id, label, unit) VALUES (?, ?, 'bbl/d')`, args: [s, s] });
  // Six days of ~500 reports: every chunk ends mid-day, and a day is longer than a chunk (CSV_PAGE_ROWS).
  for (let i = 0; i < FIGURES; i++) {
    const value = [300000, 301000, 450000, -60000, 12.5][Math.floor(random() * 5)]!;
    await c.execute({
      sql: `INSERT INTO figures (document_id, ordinal, series_id, value, unit, low, high, approx, kind, measure, per, as_of, as_of_to, subject, start, "end", text, sentence, attribution, confidence, tags, derived_from)
        VALUES (?, ?, ?, ?, 'bbl/d', NULL, NULL, ?, ?, 'flow', NULL, ?, NULL, 'Line', 0, 1, 'n', ?, NULL, 0.9, '[]', '[]')`,
      args: [
        1 + (i % 40), i, random() < 0.5 ? 'a-bbl-d' : 'b-bbl-d', value, random() < 0.5 ? 1 : 0,
        ['level', 'derived', 'change', 'target'][Math.floor(random() * 4)]!, `2020-0${1 + Math.floor(random() * 2)}-0${1 + Math.floor(random() * 3)}`,
        random() < 0.5 ? 'Flows were steady, officials said.' : '-Flows "fell" sharply',
      ],
    });
  }
  await c.execute(`UPDATE meta SET value = value + 1 WHERE key = 'data_version'`);
});
afterAll(() => {
  target.database.close();
  temp.cleanup();
});

/** What the JSON path says the rows are. */
async function expected(kinds: FigureKind[] | undefined, sources: SourceKind[] | undefined): Promise<string> {
  const all = await listPoints(ormReads(target.database.db), {});
  const { points } = observed(keepSources(all, sources), kinds);
  return CSV_COLUMNS.join(',') + '\r\n' + points.map(csvRow).join('');
}

async function streamed(reads: ReadPath, kinds: FigureKind[] | undefined, sources: SourceKind[] | undefined): Promise<string> {
  return new Response(csvStream(reads, { kinds }, { bom: false, sources })).text();
}

describe('the report CSV over many chunks', () => {
  const cases: [FigureKind[] | undefined, SourceKind[] | undefined][] = [
    [undefined, undefined],
    [['level', 'derived'], undefined],
    [undefined, ['ministry', 'tanker-tracker']],
    [['change'], ['wire']],
  ];
  for (const [kinds, sources] of cases) {
    it(`is the JSON path's rows, kinds ${kinds ?? 'all'}, sources ${sources ?? 'all'}`, async () => {
      const want = await expected(kinds, sources);
      // The stream walks every chunk whatever the filters keep (3000 rows: 7 or 8 chunks).
      expect(want.split('\r\n').length).toBeGreaterThan(100);
      expect(FIGURES).toBeGreaterThan(7 * CSV_PAGE_ROWS);
      for (const [name, reads] of [['native', target.reads], ['drizzle', ormReads(target.database.db)]] as const) {
        expect(await streamed(reads, kinds, sources), name).toBe(want);
      }
    });
  }
});
