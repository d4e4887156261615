// The bulk writer's three ways to a database (src/ingest/writer.ts): the native driver on a file,
// Hrana spoken directly to sqld, and the libSQL client. Each keeps a transaction whole: what a
// failed transaction wrote is gone, a failed statement says what failed, and the next
// transaction works. Plus the multi-row INSERTs they all send (src/ingest/insert-sql.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/client';
import { nativeWriter, type BulkWriter } from '../../src/db/native-writer';
import { entities } from '../../src/db/schema';
import { hranaWriter, pipelineUrl } from '../../src/ingest/hrana-writer';
import { inserter, statementSize } from '../../src/ingest/insert-sql';
import { clientWriter } from '../../src/ingest/writer';
import { openMigrated } from '../support/database';
import { startSqld, type Sqld } from '../support/sqld';
import { tempDbUrl } from '../support/temp';

let sqld: Sqld;
const temps: ReturnType<typeof tempDbUrl>[] = [];
const opened: Database[] = [];

beforeAll(async () => {
  sqld = await startSqld();
}, 60_000);
afterAll(async () => {
  for (const d of opened) d.close();
  for (const t of temps) t.cleanup();
  await sqld?.stop();
});

async function open(url: string): Promise<Database> {
  const database = await openMigrated(url);
  opened.push(database);
  return database;
}

const ways: [string, () => Promise<{ database: Database; writer: BulkWriter }>][] = [
  [
    'native driver on a file',
    async () => {
      const temp = tempDbUrl();
      temps.push(temp);
      const database = await open(temp.url);
      return { database, writer: nativeWriter(database.path!) };
    },
  ],
  [
    'Hrana to sqld',
    async () => {
      const database = await open(sqld.url);
      return { database, writer: hranaWriter(pipelineUrl(sqld.url)!, null) };
    },
  ],
  [
    'libSQL client to sqld',
    async () => {
      const database = await open(sqld.url);
      return { database, writer: clientWriter(database.client) };
    },
  ],
];

const entity = (id: string) => ({ id, label: `Entity ${id}`, kind: null, partOf: null, listed: false });
const insertEntities = inserter<ReturnType<typeof entity>>(entities);

describe.each(ways)('the bulk writer through the %s', (name, make) => {
  // One server serves two of the ways: each counts only the rows it named.
  const prefix = name.replace(/\W+/g, '-');
  const count = async (database: Database) =>
    Number((await database.client.execute({ sql: 'SELECT count(*) FROM entities WHERE id LIKE ?', args: [`${prefix}%`] })).rows[0]![0]);

  it('stores a whole transaction, reads inside it, and keeps nothing of one that failed', async () => {
    const { database, writer } = await make();
    try {
      const before = await count(database);
      const seen = await writer.transaction(async (tx) => {
        await tx.run(insertEntities.statements([entity(`${prefix}-a`), entity(`${prefix}-b`)]));
        return tx.rows('SELECT id, listed FROM entities WHERE id LIKE ? ORDER BY id', [`${prefix}%`]);
      });
      expect(seen.slice(-2)).toEqual([
        [`${prefix}-a`, 0],
        [`${prefix}-b`, 0],
      ]);
      expect(await count(database)).toBe(before + 2);

      // The first statement succeeds, the second repeats a key: neither stays.
      const failed = writer.transaction(async (tx) => {
        await tx.run([...insertEntities.statements([entity(`${prefix}-c`)]), ...insertEntities.statements([entity(`${prefix}-a`)])]);
      });
      await expect(failed).rejects.toThrow(/UNIQUE constraint failed: entities\.id/);
      expect(await count(database)).toBe(before + 2);

      // An error of the caller's own, after writing, leaves nothing either.
      const thrown = writer.transaction(async (tx) => {
        await tx.run(insertEntities.statements([entity(`${prefix}-d`)]));
        throw new Error('the caller changed its mind');
      });
      await expect(thrown).rejects.toThrow('the caller changed its mind');
      expect(await count(database)).toBe(before + 2);

      // And the next transaction works.
      await writer.transaction((tx) => tx.run(insertEntities.statements([entity(`${prefix}-e`)])));
      expect(await count(database)).toBe(before + 3);
    } finally {
      writer.close();
    }
  });
});

describe('Hrana to sqld', () => {
  it('reads the server address from DATABASE_URL as the libSQL client does', () => {
    expect(pipelineUrl('http://127.0.0.1:8080')).toBe('http://127.0.0.1:8080/v2/pipeline');
    expect(pipelineUrl('https://db.example.com/')).toBe('https://db.example.com/v2/pipeline');
    expect(pipelineUrl('libsql://db-org.turso.io')).toBe('https://db-org.turso.io/v2/pipeline');
    expect(pipelineUrl('libsql://127.0.0.1:8080?tls=0')).toBe('http://127.0.0.1:8080/v2/pipeline');
    expect(pipelineUrl('wss://db.example.com')).toBe('https://db.example.com/v2/pipeline');
    expect(pipelineUrl('file:data/flowline.db')).toBeNull();
  });

  it('names a server it cannot reach, and what to check', async () => {
    const writer = hranaWriter('http://127.0.0.1:9/v2/pipeline', null);
    await expect(writer.transaction((tx) => tx.rows('SELECT 1'))).rejects.toThrow(
      /^could not reach the libSQL server at http:\/\/127\.0\.0\.1:9 \(.+\); check DATABASE_URL and that the server is running$/,
    );
  });
});

describe('multi-row INSERTs', () => {
  it('cut any number of rows into statements of a few fixed sizes, rows in order', () => {
    const texts = new Set<string>();
    for (const n of [1, 2, 3, 7, 100, 1599, 1600, 1601, 4000]) {
      const rows = Array.from({ length: n }, (_, i) => ({ ...entity(`e${i}`), listed: i % 2 === 0 }));
      const statements = insertEntities.statements(rows);
      for (const s of statements) texts.add(typeof s === 'string' ? s : s.sql);
      // Every value in row order, booleans as the column's driver writes them.
      const args = statements.flatMap((s) => (typeof s === 'string' ? [] : [...(s.args as unknown[])]));
      expect(args).toEqual(rows.flatMap((r) => [r.id, r.label, null, null, r.listed ? 1 : 0]));
      // Each statement after the first full ones holds the largest power of two that fits.
      expect(statements.length).toBeLessThanOrEqual(Math.ceil(n / 1600) + Math.log2(1600));
    }
    // 5 columns: at most 1,600 rows per statement; below that only powers of two.
    expect(texts.size).toBeLessThanOrEqual(1 + Math.ceil(Math.log2(1600)));
    expect([1, 2, 3, 1023, 1024, 1599, 1600, 5000].map((n) => statementSize(n, 1600))).toEqual([1, 2, 2, 512, 1024, 1024, 1600, 1600]);
  });

  it('refuses a value the database would store wrongly, naming the column', () => {
    expect(() => inserter(entities).statements([{ ...entity('x'), label: undefined }])).toThrow('insert into entities: no value for label');
    const figuresLike = inserter<{ id: string; label: string; kind: null; partOf: null; listed: number }>(entities);
    expect(() => figuresLike.statements([{ id: 'x', label: 'y', kind: null, partOf: null, listed: Number.NaN }])).toThrow('insert into entities: listed is NaN, not a finite number');
  });
});
