// A figure's served JSON is written once, into the index figures_point_json, and the series read
// selects the same expression (src/db/figure-json.ts): SQLite then reads each text from the index
// instead of writing it again. Nothing fails when the two drift apart (a changed schema, migration
// or query), the read just costs three times the instructions, so this test looks at the program
// SQLite compiles for the read: no printf and a single json_object (the document's) left in it.
// And the index follows the figure: a changed value is served at once.
import Database from 'libsql';
import { sql } from 'drizzle-orm';
import { SQLiteAsyncDialect } from 'drizzle-orm/sqlite-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Database as Flowline } from '../../src/db/client';
import { nativeReads } from '../../src/db/native-read';
import { pointTexts } from '../../src/db/repo/point-texts';
import type { ReadPath, ReadQuery } from '../../src/db/repo/read-path';
import { openMigrated } from '../support/database';
import { tempDbUrl } from '../support/temp';

const temp = tempDbUrl();
let database: Flowline;

beforeAll(async () => {
  database = await openMigrated(temp.url);
  await database.client.execute(`INSERT INTO series (id, label, unit) VALUES ('line-bbl-d', 'Line', 'bbl/d')`);
  await database.client.execute(
    `INSERT INTO documents (id, hash, title, published, published_source, text, ingested_at) VALUES (1, 'h1', 'Invented', '2020-01-05', 'manifest', 'x', '2020-01-05T00:00:00Z')`,
  );
  await database.client.execute(
    `INSERT INTO figures (id, document_id, ordinal, series_id, value, unit, approx, kind, measure, as_of, subject, start, "end", text, sentence, confidence, tags, derived_from)
      VALUES (1, 1, 1, 'line-bbl-d', 120000, 'bbl/d', 0, 'level', 'flow', '2020-01-01', 'Line', 0, 4, 'flow', 'An invented sentence.', 0.9, '["a"]', '[]')`,
  );
});
afterAll(() => {
  database?.close();
  temp.cleanup();
});

/** The SQL pointTexts runs for `filter`, with placeholders, as the native path prepares it. */
async function pointTextsSql(filter: Parameters<typeof pointTexts>[1]): Promise<string> {
  let written = '';
  const capture: Omit<ReadPath, 'db'> = {
    blobs: true,
    largeValues: true,
    async values<T extends unknown[]>(query: ReadQuery): Promise<T[]> {
      written = new SQLiteAsyncDialect().sqlToQuery(query.build((name) => sql.placeholder(name))).sql;
      return [];
    },
  };
  await pointTexts(capture, filter);
  return written;
}

it('reads each figure’s JSON from the index rather than writing it on every read', async () => {
  const connection = new Database(database.path!);
  try {
    // The values in the order the WHERE names them (src/db/repo/filters.ts): from, to, series.
    for (const [filter, values] of [
      [{ series: ['line-bbl-d'] }, ['line-bbl-d']],
      [{ series: ['line-bbl-d'], from: '2019-01-01', to: '2021-01-01' }, ['2019-01-01', '2021-01-01', 'line-bbl-d']],
    ] as const) {
      const query = await pointTextsSql(filter);
      const plan = connection.prepare(`EXPLAIN QUERY PLAN ${query}`).raw(true).all(...values);
      expect(JSON.stringify(plan)).toContain('figures_point_json');
      const program = connection.prepare(`EXPLAIN ${query}`).raw(true).all(...values) as unknown[][];
      // EXPLAIN rows: addr, opcode, p1, p2, p3, p4 (the function called), p5, comment.
      const calls = program.filter((op) => /Function/.test(String(op[1]))).map((op) => String(op[5]));
      expect(calls.filter((f) => f.startsWith('printf'))).toEqual([]);
      expect(calls.filter((f) => f.startsWith('json_object'))).toHaveLength(1);
    }
  } finally {
    connection.close();
  }
});

it('serves a figure’s new value as soon as it changes', async () => {
  const reads = nativeReads(database.db, database.path!);
  try {
    const served = async () => new TextDecoder().decode((await pointTexts(reads, { series: ['line-bbl-d'] }))!.figures.bytes);
    expect(await served()).toContain('"value":120000,');
    await database.client.execute(`UPDATE figures SET value = 125000.5, tags = '["b"]' WHERE id = 1`);
    expect(await served()).toContain('"value":125000.5,');
    expect(await served()).toContain('"tags":["b"]');
  } finally {
    reads.close();
  }
});
