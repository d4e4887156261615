// The native read path (src/db/native-read.ts) against the drizzle path over the same file: the
// same rows for every filter shape, fresh data after writes by the other connection, statements
// that survive a schema change, and no writes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { prng } from '../../scripts/bench/corpus';
import { openMigrated } from '../support/database';
import type { Database } from '../../src/db/client';
import { nativeReads, type NativeReads } from '../../src/db/native-read';
import { cellChunk, type CellChunk, type LightRow } from '../../src/db/repo/csv-lines';
import { cellBytesLines } from '../../src/api/csv-cells';
import { listPoints } from '../../src/db/repo/points';
import { ormReads, type ReadPath } from '../../src/db/repo/read-path';
import type { PointFilter } from '../../src/db/repo/filters';
import { tempDbUrl } from '../support/temp';

const temp = tempDbUrl();
let database: Database;
let native: NativeReads;
let drizzle: ReadPath;

const SERIES = Array.from({ length: 12 }, (_, i) => `n${i}-bbl-d`);
const KINDS = ['level', 'change', 'derived', 'target'] as const;

async function addFigures(firstId: number, count: number, seed: number): Promise<void> {
  const random = prng(seed);
  const c = database.client;
  await c.execute({
    sql: `INSERT INTO documents (id, hash, title, source, url, published, published_source, text, ingested_at) VALUES (?, ?, ?, ?, 'https://example.com/n', '2019-03-02', 'manifest', 'x', '2019-03-02T00:00:00Z')`,
    args: [firstId, `h${firstId}`, `Report ${firstId}, "revised"`, firstId % 2 ? 'Wire' : null],
  });
  for (let i = 0; i < count; i++) {
    const value = Math.round(random() * 900000) - 100000;
    await c.execute({
      sql: `INSERT INTO figures (id, document_id, ordinal, series_id, value, unit, low, high, approx, kind, measure, per, as_of, as_of_to, subject, start, "end", text, sentence, attribution, confidence, tags, derived_from)
        VALUES (?, ?, ?, ?, ?, 'bbl/d', NULL, NULL, 0, ?, 'flow', NULL, ?, NULL, 'Line', 0, 1, 'n', 'Flows were n, a source said.', NULL, 0.9, '["number"]', '[]')`,
      args: [
        firstId + i, firstId, i, SERIES[Math.floor(random() * SERIES.length)]!, value, KINDS[Math.floor(random() * KINDS.length)]!,
        random() < 0.1 ? null : `2019-0${1 + Math.floor(random() * 9)}-1${Math.floor(random() * 9)}`,
      ],
    });
  }
  await c.execute(`UPDATE meta SET value = value + 1 WHERE key = 'data_version'`);
}

beforeAll(async () => {
  database = await openMigrated(temp.url);
  const c = database.client;
  for (const id of SERIES) await c.execute({ sql: `INSERT INTO series (id, label, unit) VALUES (?, ?, 'bbl/d')`, args: [id, id] });
  await addFigures(1000, 300, 5);
  native = nativeReads(database.db, database.path!);
  drizzle = ormReads(database.db);
});
afterAll(() => {
  native?.close();
  database.close();
  temp.cleanup();
});

const FILTERS: PointFilter[] = [
  {},
  { series: ['n1-bbl-d'] },
  { series: ['n2-bbl-d', 'n3-bbl-d'], from: '2019-03-01', to: '2019-07-01' },
  { kinds: ['level', 'derived'], from: '2019-05-01' },
  { series: SERIES.slice(0, 10), kinds: ['change'] }, // a list too long to be kept as a shape
  { series: ['no-such-series'] },
];

describe('native reads', () => {
  it('give the drizzle path’s points for every filter, twice (the second time from the kept statement)', async () => {
    for (const filter of FILTERS) {
      const expected = await listPoints(drizzle, filter);
      expect(await listPoints(native, filter), JSON.stringify(filter)).toEqual(expected);
      expect(await listPoints(native, filter), JSON.stringify(filter)).toEqual(expected);
      expect(await listPoints(native, filter, 7)).toEqual(expected.slice(0, 7));
    }
    expect((await listPoints(drizzle, {})).length).toBeGreaterThan(200);
  });

  it('give the drizzle path’s CSV chunks page after page, with and without sources', async () => {
    for (const withSource of [false, true]) {
      let cursor: { asOf: string; id: number } | null = null;
      let pages = 0;
      for (;;) {
        const a: CellChunk = await cellChunk(native, {}, cursor, 40);
        const b: CellChunk = await cellChunk(drizzle, {}, cursor, 40);
        // The same cells: the native path hands them over as UTF-8 bytes, drizzle's as text.
        expect(a.count).toBe(b.count);
        const text = a.text;
        expect(typeof text === 'string' ? text : new TextDecoder().decode(text)).toBe(b.text);
        const rows = cellBytesLines(typeof text === 'string' ? new TextEncoder().encode(text) : text, a.count, undefined, withSource)!.rows;
        expect(rows.every((r) => r.length === (withSource ? 9 : 8))).toBe(true);
        const last: LightRow | undefined = rows[rows.length - 1];
        pages++;
        if (!last) break;
        cursor = { asOf: last[6], id: last[0] };
      }
      expect(pages).toBeGreaterThan(5);
    }
  });

  it('see what the other connection wrote at once, and survive its schema change', async () => {
    const before = (await listPoints(native, {})).length;
    await addFigures(5000, 20, 9);
    const after = await listPoints(native, {});
    expect(after).toEqual(await listPoints(drizzle, {}));
    expect(after.length).toBeGreaterThan(before);
    await database.client.execute('CREATE INDEX native_read_probe ON figures (value)');
    expect(await listPoints(native, { series: ['n1-bbl-d'] })).toEqual(await listPoints(drizzle, { series: ['n1-bbl-d'] }));
    await database.client.execute('DROP INDEX native_read_probe');
  });

  it('refuse to write', async () => {
    await expect(native.values({ shape: null, args: {}, build: () => sql`DELETE FROM figures RETURNING id` })).rejects.toThrow(/readonly|read-only|query_only/i);
    expect((await listPoints(drizzle, {})).length).toBeGreaterThan(0);
  });
});
