// The bulk writer feeds the full-text index (documents_fts, filled by a trigger) one segment per
// transaction: FTS5 writes what it has tokenized as a new segment at the start of every later
// statement, so documents sent in several statements left several segments for every search to
// read and for the index to merge again later. And what is searchable is every document stored.
import { afterAll, expect, it } from 'vitest';
import type { Database } from '../../src/db/client';
import { nativeWriter } from '../../src/db/native-writer';
import { bumpDataVersion } from '../../src/db/repo/meta';
import { extract } from '../../src/extract';
import { sha256HexSync } from '../../src/ingest/hash-node';
import { storeDocuments, type Extracted } from '../../src/ingest/store';
import { GAZETTEER } from '../../src/series/gazetteer';
import { seriesKey } from '../../src/series/key';
import { openMigrated } from '../support/database';
import { tempDbUrl } from '../support/temp';

const temp = tempDbUrl();
let database: Database | undefined;
afterAll(() => {
  database?.close();
  temp.cleanup();
});

function article(i: number): Extracted {
  const text = `The Zubair terminal loaded ${300 + i},000 barrels per day in week ${i}, a port official said. Storage tanks ${i} stood idle.`;
  const published = `2019-03-${String(1 + i).padStart(2, '0')}`;
  return { input: { text, title: `Loadings ${i}`, published }, hash: sha256HexSync(text), result: extract(text, { published }) };
}

/** Live segments of an FTS5 index: its data rows' ids carry the segment id above bit 37 (0 is the structure). */
async function segments(table: string): Promise<number> {
  const { rows } = await database!.client.execute(`SELECT count(DISTINCT id >> 37) FROM ${table}_data WHERE id >> 37 > 0`);
  return Number(rows[0]![0]);
}

it('writes one full-text segment per transaction, and every stored document is found', async () => {
  database = await openMigrated(temp.url);
  const writer = nativeWriter(database.path!);
  const bump = bumpDataVersion(database.db).toSQL();
  const options = { keyFor: (f: Parameters<typeof seriesKey>[1]) => seriesKey(GAZETTEER, f), ingestedAt: '2026-12-07T00:00:00.000Z', bumpVersion: { sql: bump.sql, args: bump.params as never } };
  try {
    // 7 documents: cut into the usual power-of-two statements they would be 4 + 2 + 1, three segments.
    await storeDocuments(writer, Array.from({ length: 7 }, (_, i) => article(i)), options);
    expect(await segments('documents_fts')).toBe(1);
    await storeDocuments(writer, Array.from({ length: 7 }, (_, i) => article(10 + i)), options);
    expect(await segments('documents_fts')).toBe(2);
  } finally {
    writer.close();
  }
  const found = await database.client.execute(`SELECT rowid FROM documents_fts WHERE documents_fts MATCH 'tanks' ORDER BY rowid`);
  const stored = await database.client.execute('SELECT id FROM documents ORDER BY id');
  expect(found.rows.map((r) => r[0])).toEqual(stored.rows.map((r) => r[0]));
  expect(stored.rows).toHaveLength(14);
});
