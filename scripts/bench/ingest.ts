// Bulk ingest on real-style articles (scripts/bench/real-corpus.ts): the whole `npm run ingest`
// beside `npm run extract` over the same corpus, the storing alone (documents, series, figures)
// into a libSQL file and into sqld, and the baselines measured in the same run — SQLite copying
// the same figure rows itself (INSERT … SELECT) and a plain driver loop inserting them one
// statement per row in one transaction — plus how long the CLIs take to start.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import type { Client } from '@libsql/client';
import { openDatabase, type Database } from '../../src/db/client';
import { migrateDatabase } from '../../src/db/migrate';
import { bumpDataVersion } from '../../src/db/repo/meta';
import { extract } from '../../src/extract';
import { GROUP_DOCUMENTS } from '../../src/ingest/batch';
import { sha256HexSync } from '../../src/ingest/hash-node';
import { storeDocuments, type Extracted } from '../../src/ingest/store';
import { clientWriter, openBulkWriter, type BulkWriter } from '../../src/ingest/writer';
import { GAZETTEER } from '../../src/series/gazetteer';
import { seriesKey } from '../../src/series/key';
import { startSqld } from '../../test/support/sqld';
import { tempDbUrl, tempDir } from '../../test/support/temp';
import { childrenCpuSeconds } from './proc';
import { realStyleCorpus } from './real-corpus';

const ROOT = resolve(import.meta.dirname, '../..');
const CORPUS_BYTES = Number(process.env.FLOWLINE_BENCH_INGEST_BYTES ?? 4_000_000);

const round = (n: number, digits = 0) => Math.round(n * 10 ** digits) / 10 ** digits;
const cpuSeconds = (since: NodeJS.CpuUsage) => {
  const u = process.cpuUsage(since);
  return (u.user + u.system) / 1e6;
};

async function fresh(url: string): Promise<Database> {
  const database = await openDatabase({ databaseUrl: url, databaseAuthToken: null });
  await migrateDatabase(database);
  return database;
}

/**
 * Storing only: the extracted documents written by the bulk writer, as many per transaction as
 * `npm run ingest` writes (GROUP_DOCUMENTS) — through
 * the writer ingest uses (native driver on a file, Hrana on sqld), or through `writer` (the
 * libSQL client, as before those, for the baseline in the same run). The writer's close (a file's
 * last checkpoint) is timed too.
 */
async function storeOnly(database: Database, docs: readonly Extracted[], figures: number, writer: BulkWriter = openBulkWriter(database)) {
  const bump = bumpDataVersion(database.db).toSQL();
  const keyFor = (f: Parameters<typeof seriesKey>[1]) => seriesKey(GAZETTEER, f);
  const cpu = process.cpuUsage();
  const started = performance.now();
  for (let i = 0; i < docs.length; i += GROUP_DOCUMENTS) {
    await storeDocuments(writer, docs.slice(i, i + GROUP_DOCUMENTS), {
      keyFor,
      ingestedAt: new Date().toISOString(),
      bumpVersion: { sql: bump.sql, args: bump.params as never },
    });
  }
  writer.close();
  const seconds = (performance.now() - started) / 1000;
  return { seconds: round(seconds, 2), figuresPerSecond: round(figures / seconds), figuresPerCpuSecond: round(figures / cpuSeconds(cpu)) };
}

type Stored = Awaited<ReturnType<typeof storeOnly>>;

/** The median of `runs` storing runs into fresh databases, the two ways alternated so load drift falls on both alike. */
async function storeRuns(open: () => Promise<{ database: Database; done(): Promise<void> }>, docs: readonly Extracted[], figures: number, runs = 3) {
  const all: Record<'writer' | 'client', Stored[]> = { writer: [], client: [] };
  for (let i = 0; i < runs; i++) {
    for (const key of ['writer', 'client'] as const) {
      const { database, done } = await open();
      all[key].push(await storeOnly(database, docs, figures, key === 'client' ? clientWriter(database.client) : undefined));
      await done();
    }
  }
  const middle = (list: Stored[]) => [...list].sort((a, b) => a.figuresPerSecond - b.figuresPerSecond)[Math.floor(list.length / 2)]!;
  return { writer: middle(all.writer), client: middle(all.client) };
}

/** Baselines on the stored rows: SQLite's own copy, and one INSERT per row through the driver. */
async function baselines(client: Client, figures: number) {
  await client.execute('CREATE TABLE copy AS SELECT * FROM figures WHERE 0');
  let started = performance.now();
  await client.execute('INSERT INTO copy SELECT * FROM figures');
  const sqliteSeconds = (performance.now() - started) / 1000;

  const rows = (await client.execute('SELECT * FROM figures')).rows.map((r) => Array.from(r));
  await client.execute('DELETE FROM copy');
  const columns = rows[0]?.length ?? 0;
  const sql = `INSERT INTO copy VALUES (${new Array(columns).fill('?').join(', ')})`;
  started = performance.now();
  const tx = await client.transaction('write');
  for (const args of rows) await tx.execute({ sql, args: args as never });
  await tx.commit();
  const loopSeconds = (performance.now() - started) / 1000;
  return { sqliteInsertSelectPerSecond: round(figures / sqliteSeconds), driverLoopPerSecond: round(figures / loopSeconds) };
}

/** Runs node with `args`; its wall seconds and CPU seconds (every thread of it). */
function run(args: string[], env: NodeJS.ProcessEnv = {}): { seconds: number; cpuSeconds: number } {
  const cpu = childrenCpuSeconds();
  const started = performance.now();
  const child = spawnSync(process.execPath, args, { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 26 });
  if (child.status !== 0) throw new Error(`${args.join(' ')} failed (${child.status}): ${child.stderr.toString().slice(-2000)}`);
  return { seconds: (performance.now() - started) / 1000, cpuSeconds: childrenCpuSeconds() - cpu };
}

const timed = (args: string[], env: NodeJS.ProcessEnv = {}): number => run(args, env).seconds;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

export async function benchIngest() {
  const loadAtStart = loadavg()[0]!;
  const corpus = realStyleCorpus(CORPUS_BYTES);
  const scratch = tempDir('flowline-bench-ingest-');
  try {
    // The corpus as files with a manifest, as a user would ingest it.
    mkdirSync(join(scratch.dir, 'articles'));
    const manifest = corpus.articles.map((a, i) => {
      const file = `articles/${String(i).padStart(5, '0')}.txt`;
      writeFileSync(join(scratch.dir, file), a.text);
      return { file, published: a.published };
    });
    const manifestPath = join(scratch.dir, 'manifest.json');
    writeFileSync(manifestPath, JSON.stringify(manifest));

    // Extraction in process, once: what the storing-only runs write.
    const docs: Extracted[] = corpus.articles.map((a) => ({
      input: { text: a.text, published: a.published },
      hash: sha256HexSync(a.text),
      result: extract(a.text, { published: a.published }),
    }));
    const figures = docs.reduce((n, d) => n + d.result.figures.length, 0);

    const files = await storeRuns(async () => {
      const file = tempDbUrl();
      const database = await fresh(file.url);
      return { database, done: async () => (database.close(), file.cleanup()) };
    }, docs, figures);
    const fileStore = files.writer;
    const file = tempDbUrl();
    const fileDb = await fresh(file.url);
    await storeOnly(fileDb, docs, figures);
    const base = await baselines(fileDb.client, figures);
    fileDb.close();
    file.cleanup();

    // A fresh server each time: sqld's file grows, and a second run would store into a bigger one.
    const servers = await storeRuns(async () => {
      const server = await startSqld();
      const database = await fresh(server.url);
      return { database, done: async () => (database.close(), await server.stop()) };
    }, docs, figures);
    const sqldStore = servers.writer;

    // The whole CLIs, alternated so drift in the machine's load falls on both alike; the bundles
    // are built first (a --help run), as they are after a first run.
    timed(['scripts/run-cli.mjs', 'ingest', '--help']);
    timed(['scripts/run-extract.mjs', '--help']);
    const extractRuns: ReturnType<typeof run>[] = [];
    const ingestRuns: ReturnType<typeof run>[] = [];
    for (let i = 0; i < 3; i++) {
      extractRuns.push(run(['scripts/run-extract.mjs', '--manifest', manifestPath]));
      const db = tempDbUrl();
      ingestRuns.push(run(['scripts/run-cli.mjs', 'ingest', '--manifest', manifestPath], { DATABASE_URL: db.url }));
      db.cleanup();
    }
    const extractSeconds = median(extractRuns.map((r) => r.seconds));
    const ingestSeconds = median(ingestRuns.map((r) => r.seconds));
    // CPU seconds beside wall: on a shared machine wall time says more about the neighbours, and
    // the ingest's extra CPU (storing, a second thread's start and warm-up) shows here.
    const extractCpu = median(extractRuns.map((r) => r.cpuSeconds));
    const ingestCpu = median(ingestRuns.map((r) => r.cpuSeconds));

    // Start-up: --help through the bundle, against the same through tsx (what `npm run` used).
    const start = (args: string[]) => median(Array.from({ length: 5 }, () => timed(args)));
    const bundledStart = start(['scripts/run-cli.mjs', 'ingest', '--help']);
    const tsxStart = start(['--import', 'tsx', 'scripts/ingest.ts', '--help']);

    const mb = corpus.bytes / 1e6;
    return {
      corpus: { articles: docs.length, figures, mb: round(mb, 1), sources: corpus.sources.join(', ') },
      // The host's one-minute load average at the start and the end, beside its cores: a shared
      // machine moves every rate here; the ratios measured in the same run move less.
      machine: { cores: availableParallelism(), loadAtStart: round(loadAtStart, 1), loadAtEnd: round(loadavg()[0]!, 1) },
      whole: {
        ingestCli: {
          seconds: round(ingestSeconds, 2),
          mbPerSecond: round(mb / ingestSeconds, 2),
          articlesPerSecond: round(docs.length / ingestSeconds),
          figuresPerSecond: round(figures / ingestSeconds),
          cpuSeconds: round(ingestCpu, 2),
        },
        extractCli: { seconds: round(extractSeconds, 2), figuresPerSecond: round(figures / extractSeconds), cpuSeconds: round(extractCpu, 2) },
        ratioToExtract: round(extractSeconds / ingestSeconds, 2),
        cpuRatioToExtract: round(extractCpu / ingestCpu, 2),
        floorMet: extractSeconds / ingestSeconds >= 0.8,
      },
      storeOnly: {
        file: { ...fileStore, floorMet: fileStore.figuresPerSecond >= 25_000 },
        sqld: { ...sqldStore, floorMet: sqldStore.figuresPerSecond >= 10_000 },
        // The same rows and statements through @libsql/client, as the bulk writer sent them before
        // the native driver (file) and its own Hrana requests (sqld), measured alternately with them.
        throughClient: {
          file: { ...files.client, ratio: round(fileStore.figuresPerSecond / files.client.figuresPerSecond, 2) },
          sqld: { ...servers.client, ratio: round(sqldStore.figuresPerSecond / servers.client.figuresPerSecond, 2) },
        },
        baseline: { ...base, ratioToSqlite: round(fileStore.figuresPerSecond / base.sqliteInsertSelectPerSecond, 2), ratioToDriverLoop: round(fileStore.figuresPerSecond / base.driverLoopPerSecond, 2) },
      },
      cliStart: { bundledSeconds: round(bundledStart, 3), tsxSeconds: round(tsxStart, 3), floorMet: bundledStart <= 0.4 },
    };
  } finally {
    scratch.cleanup();
  }
}

if (process.argv[1] && resolve(process.argv[1]) === import.meta.filename) {
  benchIngest().then((r) => console.log(JSON.stringify(r, null, 2)));
}
