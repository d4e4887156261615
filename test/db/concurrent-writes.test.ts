// Two people saving articles at the same moment both succeed, on a file and on sqld. A batch that
// opened as a deferred transaction and read first cannot become a writer while another writer
// holds the lock: SQLite answers SQLITE_BUSY at once instead of waiting (sqld did in CI).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/client';
import { ingestDocument } from '../../src/ingest';
import { openMigrated } from '../support/database';
import { startSqld, type Sqld } from '../support/sqld';
import { tempDbUrl } from '../support/temp';

const article = (n: number) => ({
  text: `Exports from the Ceyhan terminal were ${100 + n},000 barrels per day on 2019-03-${String(1 + (n % 28)).padStart(2, '0')}, traders said.`,
  published: '2019-03-30',
});

async function saveAtOnce(database: Database, count: number) {
  const outcomes = await Promise.allSettled(Array.from({ length: count }, (_, n) => ingestDocument(database.db, article(n))));
  const refused = outcomes.filter((o) => o.status === 'rejected').map((o) => String((o as PromiseRejectedResult).reason));
  expect(refused).toEqual([]);
  const stored = await database.client.execute('SELECT count(*) AS n FROM documents');
  expect(Number(stored.rows[0]!.n)).toBe(count);
}

describe('on a libSQL file', () => {
  const temp = tempDbUrl();
  let database: Database;
  beforeAll(async () => {
    database = await openMigrated(temp.url);
  });
  afterAll(() => {
    database.close();
    temp.cleanup();
  });
  it('stores forty articles saved at the same moment', () => saveAtOnce(database, 40));
});

describe('on sqld', () => {
  let sqld: Sqld;
  let database: Database;
  beforeAll(async () => {
    sqld = await startSqld();
    database = await openMigrated(sqld.url);
  }, 60_000);
  afterAll(async () => {
    database.close();
    await sqld.stop();
  });
  it('stores forty articles saved at the same moment', () => saveAtOnce(database, 40));
});
