// The bulk writer (src/ingest/batch.ts → store.ts: many documents per transaction, ids assigned
// inside the write lock, extraction on worker threads) stores exactly what the one-document path
// (ingestDocument, the API's and D1's) stores: the same documents, entities, series and figure
// rows, derivedFrom pointing at the same figures — on a libSQL file and on sqld over HTTP.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/client';
import { getDataVersion } from '../../src/db/repo/meta';
import { extract } from '../../src/extract';
import { ingestDocument } from '../../src/ingest';
import { ingestBatch } from '../../src/ingest/batch';
import { extractPool, type ExtractPool } from '../../src/ingest/extract-pool';
import { readArticle, readManifest } from '../../src/input';
import { generateArticles, writeCorpus, type GeneratedArticle } from '../robustness/articles';
import { openMigrated } from '../support/database';
import { startSqld, type Sqld } from '../support/sqld';
import { tempDbUrl, tempDir } from '../support/temp';

const temps: ReturnType<typeof tempDbUrl>[] = [];
const opened: Database[] = [];
let sqld: Sqld;
let MANIFEST: string;

/** Our own sentences, with figures the extractor derives from others (derivedFrom to check). */
function derivedArticles(n: number): GeneratedArticle[] {
  return Array.from({ length: n }, (_, i) => ({
    file: `derived-${i}.txt`,
    published: `2017-10-${String(10 + i).padStart(2, '0')}`,
    title: `Derived ${i}`,
    text:
      `ERBIL, Iraq - Crude flowing through the Kurdistan pipeline to Ceyhan was ${200 + i},000 barrels per day on Tuesday, ` +
      `about half the level before the Kirkuk takeover, a shipping source said. The Bai Hassan field produces some ` +
      `${100 + i},000 bpd, 40 percent of the region's exports. Flows have risen by ${20 + i},000 bpd since Monday.\n`,
  }));
}

async function fresh(url?: string): Promise<Database> {
  let at = url;
  if (!at) {
    const temp = tempDbUrl();
    temps.push(temp);
    at = temp.url;
  }
  const database = await openMigrated(at);
  opened.push(database);
  return database;
}

beforeAll(async () => {
  const corpus = tempDir('flowline-bulk-');
  temps.push({ ...corpus, url: '' });
  MANIFEST = writeCorpus(corpus.dir, [...generateArticles(24, 31, 3), ...derivedArticles(6)]);
  sqld = await startSqld();
}, 60_000);
afterAll(async () => {
  for (const d of opened) d.close();
  for (const t of temps) t.cleanup();
  await sqld?.stop();
});

/** Everything stored, keyed by content rather than by ids (which depend on the order of writes). */
async function dump(database: Database) {
  const q = async (sql: string) => (await database.client.execute(sql)).rows.map((r) => ({ ...r }) as Record<string, unknown>);
  const docs = await q('SELECT id, hash, title, source, url, published, published_source, text FROM documents ORDER BY hash');
  const hashOf = new Map(docs.map((d) => [Number(d.id), String(d.hash)]));
  const figureRows = await q('SELECT * FROM figures');
  const ordinalOf = new Map(figureRows.map((f) => [Number(f.id), `${hashOf.get(Number(f.document_id))}#${f.ordinal}`]));
  const figures = figureRows
    .map(({ id: _id, document_id, derived_from, ...rest }) => ({
      ordinal: Number(rest.ordinal),
      ...rest,
      document: hashOf.get(Number(document_id)),
      derivedFrom: (JSON.parse(String(derived_from)) as number[]).map((id) => ordinalOf.get(id)),
    }))
    .sort((a, b) => `${a.document}#${String(a.ordinal).padStart(5, '0')}`.localeCompare(`${b.document}#${String(b.ordinal).padStart(5, '0')}`));
  return {
    documents: docs.map(({ id: _id, ...rest }) => rest),
    entities: await q('SELECT * FROM entities ORDER BY id'),
    series: await q('SELECT * FROM series ORDER BY id'),
    figures,
  };
}

async function oneByOne(): Promise<Database> {
  const database = await fresh();
  const batch = readManifest(MANIFEST);
  for (const entry of batch.entries) {
    const read = readArticle(entry.path, entry.file);
    if (!read.ok) throw new Error(read.problem.message);
    await ingestDocument(database.db, { text: read.text, title: entry.title, source: entry.source, url: entry.url, published: entry.published });
  }
  return database;
}

describe('bulk ingest', () => {
  it('stores what the one-document path stores, on a file (worker threads, several transactions, written here or on a writer thread) and on sqld', { timeout: 120_000 }, async () => {
    const expected = await dump(await oneByOne());
    expect(expected.figures.length).toBeGreaterThan(20);
    // The seeds hold derived figures, so derivedFrom's ids are checked, not only empty lists.
    expect(expected.figures.some((f) => f.derivedFrom.length > 0)).toBe(true);

    const file = await fresh();
    const base = await getDataVersion(file.db);
    const report = await ingestBatch(file, readManifest(MANIFEST), { workers: 2, groupDocuments: 3, writerThread: true });
    expect(report.problems).toEqual([]);
    expect(report.created).toBe(expected.documents.length);
    expect(report.figures).toBe(expected.figures.length);
    expect(await dump(file)).toEqual(expected);
    // One data version bump per transaction that added something.
    expect(await getDataVersion(file.db)).toBe(base + Math.ceil(expected.documents.length / 3));

    const here = await fresh();
    await ingestBatch(here, readManifest(MANIFEST), { workers: 0, groupDocuments: 4, writerThread: false });
    expect(await dump(here)).toEqual(expected);

    const server = await fresh(sqld.url);
    await ingestBatch(server, readManifest(MANIFEST), { workers: 0 });
    expect(await dump(server)).toEqual(expected);

    // A second run stores nothing and does not bump the version (caches stay valid).
    const again = await ingestBatch(file, readManifest(MANIFEST), { workers: 0, groupDocuments: 3 });
    expect(again).toMatchObject({ created: 0, present: expected.documents.length, figures: 0, problems: [] });
    expect(await getDataVersion(file.db)).toBe(base + Math.ceil(expected.documents.length / 3));
  });

  it('names an article the extractor fails on and stores the others of its transaction', async () => {
    const database = await fresh();
    const batch = readManifest(MANIFEST);
    const victim = batch.entries[1]!;
    const report = await ingestBatch(database, batch, {
      workers: 0,
      groupDocuments: 10,
      extract: (text, options) => {
        if (text === (readArticle(victim.path, victim.file) as { text: string }).text) throw new Error('a test failure');
        return extract(text, options);
      },
    });
    expect(report.problems).toEqual([{ file: victim.file, message: 'could not be stored: extraction failed: a test failure' }]);
    expect(report.created).toBe(batch.entries.length - 1);
    expect(batch.entries.length).toBe(30);
    const stored = await database.client.execute('SELECT count(*) FROM documents');
    expect(Number(stored.rows[0]![0])).toBe(batch.entries.length - 1);
  });
});

/** A pool of `size` workers for `test`, closed after it whatever happens. */
async function withPool(size: number, test: (pool: ExtractPool) => Promise<void>): Promise<void> {
  const pool = extractPool(size);
  try {
    await test(pool);
  } finally {
    await pool.close();
  }
}

describe('the extraction pool', () => {
  it('without workers, finishes a group before starting the next, so the batch can hand it to the writer first', async () => {
    const order: string[] = [];
    const pool = extractPool(0, (text, published) => {
      order.push(text);
      return extract(text, { published });
    });
    const [first, second] = [['a1', 'a2', 'a3'], ['b1', 'b2']].map((texts) => Promise.all(texts.map((t) => pool.extract(`${t} rose 5 percent.`, '2020-05-06'))));
    await first;
    // The batch resumes here, between the groups: the second has not started yet.
    expect(order.map((t) => t.slice(0, 2))).toEqual(['a1', 'a2', 'a3']);
    await second;
    expect(order.map((t) => t.slice(0, 2))).toEqual(['a1', 'a2', 'a3', 'b1', 'b2']);
    await pool.close();
  });

  it('lets this thread extract beside a worker while it waits, with the same results', { timeout: 60_000 }, () =>
    withPool(1, async (pool) => {
      const texts = derivedArticles(40).map((a) => a.text);
      const all = Promise.all(texts.map((t) => pool.extract(t, '2017-10-24')));
      const results = await pool.helpUntil(all);
      expect(results).toEqual(texts.map((t) => extract(t, { published: '2017-10-24' })));
      // Both threads took a share: the worker its queued articles, this thread the rest.
      const { onWorkers, inThisThread } = pool.extracted();
      expect(onWorkers + inThisThread).toBe(40);
      expect(onWorkers).toBeGreaterThan(0);
      expect(inThisThread).toBeGreaterThan(0);
    }));

  it('lets this thread help with articles queued only after it started waiting', { timeout: 60_000 }, () =>
    // As the batch does: it waits on a group whose files are still being read and looked up.
    withPool(1, async (pool) => {
      const texts = derivedArticles(40).map((a) => a.text);
      const later = (async () => {
        await new Promise((resume) => setTimeout(resume, 20));
        return Promise.all(texts.map((t) => pool.extract(t, '2017-10-24')));
      })();
      const results = await pool.helpUntil(later);
      expect(results).toEqual(texts.map((t) => extract(t, { published: '2017-10-24' })));
      expect(pool.extracted().inThisThread).toBeGreaterThan(0);
    }));

  it('hands a worker enough articles to last while this thread is busy (stockFor)', { timeout: 60_000 }, () =>
    withPool(1, async (pool) => {
      const texts = derivedArticles(40).map((a) => a.text);
      // An hour of work each: every queued article goes to the worker at once, none is left here.
      pool.stockFor(3_600_000);
      const results = await pool.helpUntil(Promise.all(texts.map((t) => pool.extract(t, '2017-10-24'))));
      expect(results).toEqual(texts.map((t) => extract(t, { published: '2017-10-24' })));
      expect(pool.extracted()).toEqual({ onWorkers: 40, inThisThread: 0 });
    }));

  it('extracts on worker threads exactly what extract() gives in this thread', { timeout: 60_000 }, () =>
    withPool(2, async (pool) => {
      const texts = derivedArticles(4).map((a) => a.text);
      const results = await Promise.all(texts.map((t) => pool.extract(t, '2017-10-24')));
      expect(pool.workers()).toBe(2);
      expect(results).toEqual(texts.map((t) => extract(t, { published: '2017-10-24' })));
    }));
});
