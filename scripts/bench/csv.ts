// CSV export of a million points: speed (MB/s) and peak memory of GET /api/figures.csv on the
// file database, served by `npm start`'s bundle in a process of its own, against a baseline that writes the same rows with a plain loop (one SQL query
// iterated on the bare libSQL driver, cells joined by hand, writeSync to /dev/null: no Hono, no
// drizzle, no HTTP).
//
// `node --import tsx scripts/bench/csv.ts` runs it alone. Each measurement runs in a fresh
// process so its peak RSS is its own (the server's is read from /proc: VmRSS when ready, VmHWM
// after the export).
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync, statSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createClient } from '@libsql/client';
import { cpuSecondsOf, rssMbOf } from './proc';
import { SERVER_NODE_FLAGS } from '../server-flags';

export interface CsvMeasure {
  rows: number;
  bytes: number;
  seconds: number;
  mbPerSecond: number;
  rowsPerSecond: number;
  /** RSS once the server (or the loop) is ready, before the export starts. */
  rssBeforeMb: number;
  /** Highest RSS the process reached. */
  peakRssMb: number;
  /**
   * CPU seconds the server spent on the export (user + system, from /proc), and MB per CPU
   * second: steadier than wall time on a shared machine, where other work takes turns on the cores.
   */
  cpuSeconds?: number;
  mbPerCpuSecond?: number;
}

export interface CsvBench {
  points: number;
  dbMb: number;
  fillSeconds: number;
  api: CsvMeasure;
  baseline: CsvMeasure;
  /** api MB/s ÷ baseline MB/s. */
  speedVsBaseline: number;
  /** Peak RSS growth during the export, MB: constant memory means this stays small. */
  apiMemoryGrowthMb: number;
}

const DOCS_PER_FILL = 1000;
const SERIES = 20;

/** Fills a libSQL file with `points` dated figures spread over 1,000 documents and 20 series. */
export async function fillDatabase(path: string, points: number): Promise<void> {
  const { openDatabase } = await import('../../src/db/client');
  const { migrateDatabase } = await import('../../src/db/migrate');
  const database = await openDatabase({ databaseUrl: `file:${path}`, databaseAuthToken: null });
  await migrateDatabase(database, []);
  database.close();

  const client = createClient({ url: `file:${path}` });
  await client.execute('PRAGMA synchronous = OFF');
  const perDoc = Math.ceil(points / DOCS_PER_FILL);
  await client.execute(`INSERT INTO documents (id, hash, title, source, url, published, published_source, text, ingested_at)
    WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ${DOCS_PER_FILL})
    SELECT i, printf('%064x', i), printf('Bench report %d: "flows", revisited', i), 'Bench Wire',
      printf('https://example.com/bench/%d', i), date('2017-01-01', printf('+%d days', i)), 'manifest',
      'Generated for the CSV benchmark.', '2026-01-01T00:00:00.000Z' FROM n`);
  await client.execute(`INSERT INTO series (id, label, unit)
    WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < ${SERIES - 1})
    SELECT printf('bench-line-%d-bbl-d', i), printf('Bench line %d', i), 'bbl/d' FROM n`);
  // Indexes are dropped for the bulk insert and rebuilt from their own definitions afterwards:
  // building each once is much faster than updating three of them a million times.
  const indexes = (await client.execute("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'figures' AND sql IS NOT NULL")).rows;
  for (const index of indexes) await client.execute(`DROP INDEX "${String(index.name)}"`);
  // Batches of 100,000 rows generated inside SQLite: far faster than binding parameters from JS.
  const batch = 100_000;
  for (let from = 1; from <= points; from += batch) {
    const to = Math.min(points, from + batch - 1);
    await client.execute(`INSERT INTO figures (document_id, ordinal, series_id, value, unit, low, high, approx, kind,
        as_of, as_of_to, subject, start, "end", text, sentence, attribution, confidence, tags, derived_from)
      WITH RECURSIVE n(i) AS (SELECT ${from} UNION ALL SELECT i + 1 FROM n WHERE i < ${to})
      SELECT 1 + (i - 1) / ${perDoc}, (i - 1) % ${perDoc}, printf('bench-line-%d-bbl-d', i % ${SERIES}),
        (i * 7919) % 900000 - 100000, 'bbl/d', NULL, NULL, i % 3 = 0,
        CASE i % 5 WHEN 0 THEN 'change' WHEN 1 THEN 'derived' ELSE 'level' END,
        date('2005-01-01', printf('+%d days', i % 7000)), NULL, printf('Bench line %d', i % ${SERIES}),
        40, 62, printf('%d barrels per day', (i * 7919) % 900000),
        printf('Flows on bench line %d were %d barrels per day, "a shipping source" said, =up from before.', i % ${SERIES}, (i * 7919) % 900000),
        'a shipping source', 0.9, '["number","unit:bpd"]', '[]'
      FROM n`);
  }
  for (const index of indexes) await client.execute(String(index.sql));
  await client.execute('PRAGMA wal_checkpoint(TRUNCATE)');
  client.close();
}

function mb(bytes: number): number {
  return bytes / (1024 * 1024);
}

function peakRss(): number {
  return mb(process.resourceUsage().maxRSS * 1024);
}

/** `npm start`'s bundle with its Node flags (scripts/run-cli.mjs start: no dashboard build, no seed manifest) on the file. */
async function startBundled(path: string): Promise<{ child: ChildProcess; port: number }> {
  const root = fileURLToPath(new URL('../..', import.meta.url));
  const child = spawn(process.execPath, [...SERVER_NODE_FLAGS, join(root, 'scripts/run-cli.mjs'), 'start'], {
    cwd: root,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DATABASE_URL: `file:${path}`, FLOWLINE_MANIFEST: join(path, '..', 'no-manifest.json'), FLOWLINE_TOKEN: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  try {
    const port = await new Promise<number>((ok, fail) => {
      const timer = setTimeout(() => fail(new Error(`the server did not start within 120 s:\n${output}`)), 120_000);
      child.stdout!.on('data', () => {
        const match = /http:\/\/localhost:(\d+)\//.exec(output);
        if (match) {
          clearTimeout(timer);
          ok(Number(match[1]));
        }
      });
      child.once('exit', (code) => fail(new Error(`the server exited with code ${code}:\n${output}`)));
    });
    return { child, port };
  } catch (error) {
    child.kill('SIGTERM');
    throw error;
  }
}

function stopped(child: ChildProcess): Promise<void> {
  return new Promise((done) => {
    if (child.exitCode !== null) return done();
    child.once('exit', () => done());
    child.kill('SIGTERM');
  });
}

/**
 * The server as users run it: `npm start`'s bundle in a process of its own, streaming
 * /api/figures.csv to this process over loopback, so the memory figures are the server's alone.
 * A first start (stopped at once) builds the bundle when the code changed, which esbuild does
 * inside that process: the measured start is a later one, as every start after an install is.
 */
export async function measureServer(path: string): Promise<CsvMeasure> {
  await stopped((await startBundled(path)).child);
  const { child, port } = await startBundled(path);
  try {
    const pid = child.pid!;
    const rssBeforeMb = rssMbOf(pid, 'VmRSS');
    const cpuBefore = cpuSecondsOf(pid);
    const started = performance.now();
    const response = await fetch(`http://127.0.0.1:${port}/api/figures.csv`);
    if (!response.ok || !response.body) throw new Error(`GET /api/figures.csv answered ${response.status}`);
    let bytes = 0;
    let lines = 0;
    for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
      bytes += chunk.length;
      for (let i = chunk.indexOf(10); i >= 0; i = chunk.indexOf(10, i + 1)) lines++;
    }
    const seconds = (performance.now() - started) / 1000;
    const cpuSeconds = cpuSecondsOf(pid) - cpuBefore;
    return {
      ...summary(lines - 1, bytes, seconds, rssBeforeMb),
      peakRssMb: round(rssMbOf(pid, 'VmHWM'), 0),
      cpuSeconds: round(cpuSeconds, 2),
      mbPerCpuSecond: round(mb(bytes) / cpuSeconds, 1),
    };
  } finally {
    await stopped(child);
  }
}

/**
 * In a fresh process: the same rows written by a plain loop — one SQL query iterated row by row on
 * the libSQL driver that @libsql/client wraps (raw arrays, no pages, no HTTP), cells joined by hand,
 * 1 MB writes to /dev/null. What dumping these rows costs at the least on this machine.
 */
async function measureBaseline(path: string): Promise<CsvMeasure> {
  // `libsql` is @libsql/client's own driver (installed with it); the baseline uses it bare.
  const { default: Database } = (await import('libsql')) as unknown as { default: new (path: string) => LibsqlDatabase };
  const db = new Database(path);
  const out = openSync('/dev/null', 'w');
  const rssBeforeMb = mb(process.memoryUsage().rss);
  const started = performance.now();
  const cell = (v: unknown) => {
    if (v === null || v === undefined) return '';
    const s = String(v);
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  let bytes = writeSync(out, 'date,date_to,value,unit,kind,approx,low,high,subject,series,source_title,source,url,published,sentence,text,document_id,figure_id\r\n');
  let rows = 0;
  let buffer = '';
  const statement = db.prepare(`SELECT f.as_of, f.as_of_to, f.value, f.unit, f.kind, f.approx, f.low, f.high, f.subject, f.series_id,
      d.title, d.source, d.url, d.published, f.sentence, f.text, d.id, f.id
    FROM figures f JOIN documents d ON d.id = f.document_id
    WHERE f.as_of IS NOT NULL ORDER BY f.as_of, f.id`);
  statement.raw(true);
  for (const row of statement.iterate()) {
    let line = '';
    for (let i = 0; i < row.length; i++) line += (i ? ',' : '') + cell(row[i]);
    buffer += `${line}\r\n`;
    rows++;
    if (buffer.length > 1 << 20) {
      bytes += writeSync(out, buffer);
      buffer = '';
    }
  }
  bytes += writeSync(out, buffer);
  const seconds = (performance.now() - started) / 1000;
  closeSync(out);
  db.close();
  return summary(rows, bytes, seconds, rssBeforeMb);
}

interface LibsqlDatabase {
  prepare(sql: string): { raw(on: boolean): void; iterate(): IterableIterator<unknown[]> };
  close(): void;
}

function summary(rows: number, bytes: number, seconds: number, rssBeforeMb: number): CsvMeasure {
  return {
    rows,
    bytes,
    seconds: round(seconds, 2),
    mbPerSecond: round(mb(bytes) / seconds, 1),
    rowsPerSecond: Math.round(rows / seconds),
    rssBeforeMb: round(rssBeforeMb, 0),
    peakRssMb: round(peakRss(), 0),
  };
}

function round(n: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}

function measureInChild(mode: 'baseline', path: string): CsvMeasure {
  const out = execFileSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), '--measure', mode, path], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 1024 * 1024,
  });
  const last = out.trim().split('\n').pop() ?? '';
  return JSON.parse(last) as CsvMeasure;
}

export async function benchCsv(options: { points?: number } = {}): Promise<CsvBench> {
  const points = options.points ?? 1_000_000;
  const dir = mkdtempSync(join(tmpdir(), 'flowline-csv-bench-'));
  try {
    const path = join(dir, 'bench.db');
    const t0 = performance.now();
    await fillDatabase(path, points);
    const fillSeconds = (performance.now() - t0) / 1000;
    console.error(`csv: filled ${points.toLocaleString('en-US')} points in ${fillSeconds.toFixed(1)} s`);
    const api = await measureServer(path);
    const baseline = measureInChild('baseline', path);
    if (api.rows !== points || baseline.rows !== points) {
      throw new Error(`expected ${points} rows, the API wrote ${api.rows} and the baseline ${baseline.rows}`);
    }
    return {
      points,
      dbMb: round(mb(statSync(path).size), 0),
      fillSeconds: round(fillSeconds, 1),
      api,
      baseline,
      speedVsBaseline: round(api.mbPerSecond / baseline.mbPerSecond, 2),
      apiMemoryGrowthMb: round(api.peakRssMb - api.rssBeforeMb, 0),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[2] === '--measure') {
  const [, path] = process.argv.slice(3);
  measureBaseline(path!).then(
    (m) => {
      console.log(JSON.stringify(m));
      process.exit(0);
    },
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
} else if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const points = Number(process.argv[2] ?? 1_000_000);
  benchCsv({ points }).then(
    (r) => console.log(JSON.stringify(r, null, 2)),
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
