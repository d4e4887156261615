// benchApi(): how fast the API serves and ingests, next to what the machine can do at all.
//
// - GET /api/series/:id (JSON, served from the response cache after the first request) and its
//   CSV (streamed from the database on every request), under autocannon on loopback, side by side
//   with a bare node:http server returning the same bytes. Servers run in child processes so
//   autocannon (here) and each server get a core each; the floor is API >= 50 % of bare for JSON.
// - Ingest rate in figures/s on the file database and on a real sqld: end to end (extract +
//   store) and storing already-extracted figures.
//
// Runnable alone: node --import tsx scripts/bench/api.ts
import { spawn, type ChildProcess } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openDatabase, type Database } from '../../src/db/client';
import { migrateDatabase } from '../../src/db/migrate';
import { extract } from '../../src/extract';
import type { ExtractResult } from '../../src/extract/types';
import { ingestDocument } from '../../src/ingest';
import { freePort, waitForHttp } from '../../test/support/ports';
import { startServer } from '../../test/support/server';
import { startSqld } from '../../test/support/sqld';
import { cpuSecondsOf } from './proc';
import { tempDbUrl, tempDir } from '../../test/support/temp';

// autocannon ships no types; this is the part of its API used here.
interface CannonResult {
  requests: { average: number };
  latency: { p99: number };
  errors: number;
  timeouts: number;
  non2xx: number;
}
const autocannon = createRequire(import.meta.url)('autocannon') as (options: {
  url: string;
  connections: number;
  duration: number;
  requests?: { setupRequest(request: { path: string }): { path: string } }[];
}) => Promise<CannonResult>;

// Seconds of measurement per server and endpoint. The whole part must stay well inside the 60 s
// budget scripts/bench.ts gives it, even on a busy machine.
const SECONDS = Number(process.env.FLOWLINE_BENCH_SECONDS ?? 3);
const CONNECTIONS = 20;
const WARM_UP_SECONDS = Number(process.env.FLOWLINE_BENCH_WARMUP ?? 1);
const DOCUMENTS = Number(process.env.FLOWLINE_BENCH_DOCUMENTS ?? 100);

export interface HttpFigures {
  requestsPerSecond: number;
  p99Ms: number;
  errors: number;
  non2xx: number;
}

export interface ApiBench {
  seconds: number;
  connections: number;
  seriesPoints: number;
  json: { api: HttpFigures; bare: HttpFigures; ratio: number; floorMet: boolean };
  csv: { api: HttpFigures; bare: HttpFigures; ratio: number; bytes: number };
  /**
   * The same series with a query no earlier request used: every request misses the response cache,
   * as a new date range does. The series' points' texts are kept after the first of them
   * (src/api/series-texts-cache.ts), so this is not the first read after a write, which costs more:
   * scripts/bench/api-miss-instructions.ts counts both.
   */
  /**
   * `cpuMsPerRequest`: the server's CPU time (user + system, from /proc) per uncached request,
   * steadier than the rate on a shared machine, where autocannon and other work take turns.
   */
  uncached: HttpFigures & { floorMet: boolean; cpuMsPerRequest: number };
  ingest: {
    documents: number;
    figures: number;
    file: { figuresPerSecond: number; storeOnlyFiguresPerSecond: number };
    sqld: { figuresPerSecond: number; storeOnlyFiguresPerSecond: number };
  };
}

// ---------------------------------------------------------------------------------------------
// A corpus of plausible articles, each with several dated flow figures for a handful of subjects.

// Sixteen subjects from the gazetteer, so the series under test has a typical size (~40 points
// for 100 articles) rather than holding every figure of the corpus.
const SUBJECTS = [
  'Kurdistan pipeline', 'federal pipeline', 'Kirkuk fields', 'Bai Hassan field', 'Avana Dome field', 'Baba Gurgur field',
  'Jambur field', 'Khurmala field', 'Tawke field', 'Taq Taq field', 'Shaikan field', 'Rumaila field', 'West Qurna field',
  'Majnoon field', 'Basra terminals', 'southern fields',
];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export function benchCorpus(count: number): { text: string; published: string }[] {
  const docs: { text: string; published: string }[] = [];
  for (let i = 0; i < count; i++) {
    const year = 2015 + (i % 5);
    const month = i % 12;
    const day = 1 + (i % 27);
    const published = `${year}-${String(month + 1).padStart(2, '0')}-${String(day + 1).padStart(2, '0')}`;
    const lines = [`BAGHDAD, ${MONTHS[month]} ${day + 1} - Oil officials gave new numbers on ${MONTHS[month]} ${day + 1}.`];
    for (let j = 0; j < 6; j++) {
      const subject = SUBJECTS[(i + j) % SUBJECTS.length]!;
      const value = 100_000 + ((i * 7919 + j * 104_729) % 900) * 1000;
      lines.push(`Output from the ${subject} was ${value.toLocaleString('en-US')} barrels per day on ${MONTHS[month]} ${day}, ${year}, an official said.`);
      lines.push(`Traffic on the road nearby ran to ${j + 3} trucks an hour (run ${i}.${j}).`);
    }
    docs.push({ text: lines.join(' '), published });
  }
  return docs;
}

// ---------------------------------------------------------------------------------------------

async function ingestRate(database: Database, docs: { text: string; published: string }[]) {
  let figures = 0;
  const started = performance.now();
  for (const doc of docs) figures += (await ingestDocument(database.db, doc)).figures;
  const endToEnd = figures / ((performance.now() - started) / 1000);

  // Storing alone: the same figures again under different text (so nothing is "already present").
  const extracted = new Map<string, ExtractResult>();
  for (const doc of docs) extracted.set(`${doc.text} `, extract(doc.text, { published: doc.published }));
  let stored = 0;
  const storeStarted = performance.now();
  for (const [text, result] of extracted) {
    stored += (await ingestDocument(database.db, { text }, { extract: () => result })).figures;
  }
  const storeOnly = stored / ((performance.now() - storeStarted) / 1000);
  return { figures, figuresPerSecond: Math.round(endToEnd), storeOnlyFiguresPerSecond: Math.round(storeOnly) };
}

async function cannon(url: string, seconds: number, vary?: () => string): Promise<HttpFigures> {
  const requests = vary ? [{ setupRequest: (request: { path: string }) => ({ ...request, path: vary() }) }] : undefined;
  const result = await autocannon({ url, connections: CONNECTIONS, duration: seconds, ...(requests ? { requests } : {}) });
  return {
    requestsPerSecond: Math.round(result.requests.average),
    p99Ms: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}

/** Several runs as one: mean of the rates, worst p99, all errors. */
function combine(runs: HttpFigures[]): HttpFigures {
  return {
    requestsPerSecond: Math.round(runs.reduce((n, r) => n + r.requestsPerSecond, 0) / runs.length),
    p99Ms: Math.max(...runs.map((r) => r.p99Ms)),
    errors: runs.reduce((n, r) => n + r.errors, 0),
    non2xx: runs.reduce((n, r) => n + r.non2xx, 0),
  };
}

/**
 * The baseline: a bare node:http server answering every request with the same bytes. Plain
 * JavaScript run with `node -e`, so it starts in a blink (no TypeScript loader).
 */
const BARE_SERVER = `
const { readFileSync } = require('node:fs');
const { createServer } = require('node:http');
const [port, file, contentType] = process.argv.slice(1);
const body = readFileSync(file);
const server = createServer((req, res) => {
  res.writeHead(200, { 'Content-Type': contentType, 'Content-Length': body.length });
  res.end(body);
});
server.listen(Number(port), '127.0.0.1');
process.once('SIGTERM', () => server.close(() => process.exit(0)));
`;

function spawnBare(file: string, contentType: string): Promise<{ url: string; child: ChildProcess }> {
  return freePort().then(async (port) => {
    const child = spawn(process.execPath, ['-e', BARE_SERVER, String(port), file, contentType], { stdio: 'inherit' });
    const url = `http://127.0.0.1:${port}/`;
    await waitForHttp(url, 20_000, () => child.exitCode === null);
    return { url, child };
  });
}

function stopChild(child: ChildProcess): Promise<void> {
  return new Promise((done) => {
    if (child.exitCode !== null) return done();
    child.once('exit', () => done());
    child.kill('SIGTERM');
  });
}

async function sideBySide(apiUrl: string, scratch: string, name: string) {
  const res = await fetch(apiUrl);
  const body = Buffer.from(await res.arrayBuffer());
  const contentType = res.headers.get('content-type') ?? 'application/octet-stream';
  const file = join(scratch, name);
  writeFileSync(file, body);
  const bare = await spawnBare(file, contentType);
  try {
    // Alternating halves (api, bare, api, bare), so drift in the machine's load (other work on a
    // shared box) falls on both sides alike instead of on whichever ran second.
    const half = SECONDS / 2;
    // Warm-up, not counted (the API server was warmed before; see benchApi).
    await cannon(bare.url, 1);
    const apiRuns: HttpFigures[] = [];
    const bareRuns: HttpFigures[] = [];
    for (let i = 0; i < 2; i++) {
      apiRuns.push(await cannon(apiUrl, half));
      bareRuns.push(await cannon(bare.url, half));
    }
    const apiFigures = combine(apiRuns);
    const bareFigures = combine(bareRuns);
    return { api: apiFigures, bare: bareFigures, ratio: round2(apiFigures.requestsPerSecond / bareFigures.requestsPerSecond), bytes: body.length };
  } finally {
    await stopChild(bare.child);
  }
}

const round2 = (n: number) => Math.round(n * 100) / 100;

const started = performance.now();
/** Progress on stderr, so a slow phase on a busy machine can be told from a hang. */
function phase(name: string): void {
  console.error(`bench api: ${name} at ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

export async function benchApi(): Promise<ApiBench> {
  const docs = benchCorpus(DOCUMENTS);
  const scratch = tempDir('flowline-bench-api-');
  const file = tempDbUrl();
  const sqld = await startSqld();
  phase('sqld started');
  try {
    const fileDb = await openDatabase({ databaseUrl: file.url, databaseAuthToken: null });
    await migrateDatabase(fileDb);
    const fileRate = await ingestRate(fileDb, docs);
    phase('file ingest measured');
    fileDb.close();

    const sqldDb = await openDatabase({ databaseUrl: sqld.url, databaseAuthToken: null });
    await migrateDatabase(sqldDb);
    const sqldRate = await ingestRate(sqldDb, docs);
    phase('sqld ingest measured');
    sqldDb.close();

    const server = await startServer({ env: { DATABASE_URL: file.url }, keepDatabase: true });
    phase('server started');
    try {
      const list = (await (await fetch(`${server.url}/api/series?limit=1000`)).json()) as { series: { id: string; points: number }[] };
      const top = [...list.series].sort((a, b) => b.points - a.points)[0];
      if (!top) throw new Error('the bench corpus produced no series; is the extractor working?');
      // A fresh server needs ~15,000 requests (a few seconds) before its rate settles (V8 tiering, heap
      // sizing): measured cold, whichever endpoint ran first came out a third lower. Warm both.
      for (const path of [`/api/series/${top.id}`, `/api/series/${top.id}.csv`]) await cannon(`${server.url}${path}`, WARM_UP_SECONDS);
      const json = await sideBySide(`${server.url}/api/series/${top.id}`, scratch.dir, 'series.json');
      phase('json measured');
      const csv = await sideBySide(`${server.url}/api/series/${top.id}.csv`, scratch.dir, 'series.csv');
      phase('csv measured');
      // A `to` no request has used yet (days counted from 2100): the response cache never has it.
      const day = (n: number) => new Date(Date.UTC(2100, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);
      let days = 0;
      const miss = () => `/api/series/${top.id}?to=${day(days++)}`;
      // The miss path warmed like the others (with dates the measurement does not use again):
      // measured cold, V8 compiled it during the measurement, on a second thread whose CPU /proc
      // counts, and cpuMsPerRequest came out ~0.8 ms higher than a warm server's.
      await cannon(server.url, WARM_UP_SECONDS, miss);
      const cpuBefore = cpuSecondsOf(server.pid);
      const uncached = await cannon(server.url, SECONDS, miss);
      const cpuMsPerRequest = round2(((cpuSecondsOf(server.pid) - cpuBefore) * 1000) / (uncached.requestsPerSecond * SECONDS));
      return {
        seconds: SECONDS,
        connections: CONNECTIONS,
        seriesPoints: top.points,
        json: { api: json.api, bare: json.bare, ratio: json.ratio, floorMet: json.ratio >= 0.5 },
        csv,
        uncached: { ...uncached, floorMet: uncached.requestsPerSecond >= 1500, cpuMsPerRequest },
        ingest: {
          documents: docs.length,
          figures: fileRate.figures,
          file: { figuresPerSecond: fileRate.figuresPerSecond, storeOnlyFiguresPerSecond: fileRate.storeOnlyFiguresPerSecond },
          sqld: { figuresPerSecond: sqldRate.figuresPerSecond, storeOnlyFiguresPerSecond: sqldRate.storeOnlyFiguresPerSecond },
        },
      };
    } finally {
      await server.stop();
    }
  } finally {
    await sqld.stop();
    file.cleanup();
    scratch.cleanup();
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  benchApi().then(
    (r) => console.log(JSON.stringify(r, null, 2)),
    (e: unknown) => {
      console.error(`bench api: ${(e as Error).stack ?? e}`);
      process.exitCode = 1;
    },
  );
}
