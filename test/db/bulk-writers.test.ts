// The bulk writer's three ways to a database (src/ingest/writer.ts): the native driver on a file,
// Hrana spoken directly to sqld, and the libSQL client. Each keeps a transaction whole: what a
// failed transaction wrote is gone, a failed statement says what failed, and the next
// transaction works; and what the multi-row INSERTs they all send (src/ingest/insert-sql.ts, json-rows.ts) store
// is exactly what binding each value stores.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/client';
import { nativeWriter, type BulkWriter } from '../../src/db/native-writer';
import { integer, real, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { entities } from '../../src/db/schema';
import { hranaWriter, pipelineUrl } from '../../src/ingest/hrana-writer';
import { inserter, statementSize } from '../../src/ingest/insert-sql';
import { binaryFraction, ROWS_PER_STATEMENT } from '../../src/ingest/json-rows';
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

  it('stores through one JSON value exactly what binding each value stores', async () => {
    const { database, writer } = await make();
    const table = `sample_${prefix.replace(/-/g, '_')}`;
    const twin = sampleTable(table);
    try {
      for (const t of [table, `${table}_bound`]) await database.client.execute(`CREATE TABLE ${t} (id INTEGER PRIMARY KEY, x REAL, y REAL NOT NULL, n INTEGER, t TEXT, b INTEGER NOT NULL, j TEXT NOT NULL)`);
      // A lone surrogate cannot cross HTTP at all (sqld refuses the request's JSON, bound or not).
      const rows = awkwardRows(name.includes('native'));
      const statements = inserter<SampleRow>(twin).statements(rows, 'json');
      // Most rows in one JSON statement; the few that cannot travel in JSON bound value by value.
      const json = statements.filter((s) => typeof s !== 'string' && /json_each/.test(s.sql));
      expect(json).toHaveLength(1);
      // (Fractions of more than 62 binary places, as the smallest random numbers here, are bound.)
      expect(JSON.parse(String((json[0] as { args: unknown[] }).args[0])).length).toBeGreaterThan(rows.length / 2);
      await writer.transaction((tx) => tx.run(statements));
      await writer.transaction((tx) =>
        tx.run(
          rows.map((r) => ({
            sql: `INSERT INTO ${table}_bound VALUES (?, ?, ?, ?, ?, ?, ?)`,
            args: [r.id, r.x, r.y, r.n, r.t, r.b ? 1 : 0, JSON.stringify(r.j)],
          })),
        ),
      );
      const read = async (t: string) => (await database.client.execute(`SELECT id, x, typeof(x), y, typeof(y), n, typeof(n), t, b, j FROM ${t} ORDER BY id`)).rows.map((r) => Array.from(r));
      const [viaJson, viaBinding] = [await read(table), await read(`${table}_bound`)];
      expect(viaJson).toHaveLength(rows.length);
      // Object.is: a double one unit off, or 0 for -0, is a difference.
      const differences = viaJson.flatMap((row, i) => row.flatMap((v, c) => (Object.is(v, viaBinding[i]![c]) ? [] : [`row ${i} column ${c}: ${String(v)} ≠ ${String(viaBinding[i]![c])}`])));
      expect(differences).toEqual([]);
    } finally {
      writer.close();
    }
  });
});

interface SampleRow extends Record<string, unknown> {
  id: number;
  x: number | null;
  y: number;
  n: number | null;
  t: string | null;
  b: boolean;
  j: unknown;
}

function sampleTable(name: string) {
  return sqliteTable(name, {
    id: integer('id').primaryKey(),
    x: real('x'),
    y: real('y').notNull(),
    n: integer('n'),
    t: text('t'),
    b: integer('b', { mode: 'boolean' }).notNull(),
    j: text('j', { mode: 'json' }).notNull(),
  });
}

/** Numbers SQLite's JSON parser rounds wrongly, the smallest and largest doubles, -0, and text of every kind. */
function awkwardRows(loneSurrogate: boolean): SampleRow[] {
  let seed = 7;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const numbers = [59127.94152199983, 57274545454.61166, 6630.324489432061, 0.1 + 0.2, 0.85, 1 / 3, 1e-7, 5e-324, -0, 1.7976931348623157e308, 2 ** 53 - 1, -(2 ** 53) + 1, 3.76e6, 1e21];
  for (let i = 0; i < 1500; i++) numbers.push((random() - 0.5) * 10 ** Math.floor(random() * 24 - 8));
  const texts = ['plain', 'a "quoted" \\ back\\slash', 'line\nbreak\ttab', 'Kirkūk “pipeline” 😀', '\u2028\u2029', loneSurrogate ? '\ud800 alone' : 'paired 😀', '', null];
  return numbers.map((x, i) => ({
    id: i + 1,
    x: i % 5 === 0 ? null : x,
    y: x,
    n: i % 3 === 0 ? null : i * 1000,
    t: texts[i % texts.length]!,
    b: i % 2 === 0,
    j: i % 4 === 0 ? [] : ['tag', i, { n: x }],
  }));
}

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

  it('cut rows into as few statements as the parameter limit allows when asked, rows in order', () => {
    const fewest = inserter<ReturnType<typeof entity>>(entities, 'fail', { fewestStatements: true });
    for (const [n, sizes] of [[1, [1]], [7, [7]], [1600, [1600]], [1601, [1600, 1]], [3500, [1600, 1600, 300]]] as const) {
      const rows = Array.from({ length: n }, (_, i) => entity(`e${i}`));
      const statements = fewest.statements(rows);
      expect(statements.map((s) => (typeof s === 'string' ? 0 : (s.args as unknown[]).length / 5))).toEqual(sizes);
      expect(statements.flatMap((s) => (typeof s === 'string' ? [] : [...(s.args as unknown[])]))).toEqual(rows.flatMap((r) => [r.id, r.label, null, null, 0]));
    }
  });

  it('send any number of rows as JSON texts of at most ROWS_PER_STATEMENT rows, one SQL text, rows in order', () => {
    const texts = new Set<string>();
    for (const n of [1, 2, 7, ROWS_PER_STATEMENT, ROWS_PER_STATEMENT + 1, 2 * ROWS_PER_STATEMENT + 3]) {
      const rows = Array.from({ length: n }, (_, i) => ({ ...entity(`e${i}`), listed: i % 2 === 0 }));
      const statements = insertEntities.statements(rows, 'json');
      expect(statements).toHaveLength(Math.ceil(n / ROWS_PER_STATEMENT));
      for (const s of statements) texts.add(typeof s === 'string' ? s : s.sql);
      // Every value in row order, booleans as the column's driver writes them.
      const sent = statements.flatMap((s) => (typeof s === 'string' ? [] : (JSON.parse(String((s.args as unknown[])[0])) as unknown[][])));
      expect(sent).toEqual(rows.map((r) => [r.id, r.label, null, null, r.listed ? 1 : 0]));
    }
    expect(texts.size).toBe(1);
  });

  it('writes a fraction as an integer over a power of two, exactly', () => {
    expect(binaryFraction(0.75)).toEqual([3, 2]);
    expect(binaryFraction(-2.5)).toEqual([-5, 1]);
    expect(binaryFraction(12)).toEqual([12, 0]);
    for (const v of [0.1, 59127.94152199983, 1 / 3, 1e-3]) {
      const [m, e] = binaryFraction(v)!;
      expect(Number.isSafeInteger(m)).toBe(true);
      expect(m / 2 ** e).toBe(v);
    }
    // More binary places than SQLite's integers can divide by: bound as a value instead.
    expect(binaryFraction(5e-324)).toBeNull();
  });

  it('refuses a value the database would store wrongly, naming the column', () => {
    expect(() => inserter(entities).statements([{ ...entity('x'), label: undefined }])).toThrow('insert into entities: no value for label');
    const figuresLike = inserter<{ id: string; label: string; kind: null; partOf: null; listed: number }>(entities);
    expect(() => figuresLike.statements([{ id: 'x', label: 'y', kind: null, partOf: null, listed: Number.NaN }])).toThrow('insert into entities: listed is NaN, not a finite number');
  });
});
