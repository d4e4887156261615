// Load under ingest: the real Node server (scripts/start.ts) on a libSQL file, hit by autocannon
// on loopback (100 connections, 30 s, a mix of every read route) while the real ingest CLI keeps
// writing new articles into the same file. The point is 0 errors and 0 non-2xx with a writer
// active; requests/s and latency percentiles are reported alongside.
//
// `node --import tsx scripts/bench/load.ts [seconds] [connections]` runs it alone.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateArticles, writeCorpus } from '../../test/robustness/articles';

const ROOT = resolve(fileURLToPath(import.meta.url), '../../..');

export interface LoadBench {
  seconds: number;
  connections: number;
  requests: number;
  requestsPerSecond: number;
  latencyMs: { p50: number; p90: number; p99: number; max: number };
  errors: number;
  timeouts: number;
  non2xx: number;
  statusCodes: string;
  /** Articles the concurrent ingest stored while the load ran. */
  ingestedDuringLoad: number;
  ingestFailures: number;
  routes: string[];
}

// autocannon ships no types; this is the part of its API used here.
interface AutocannonResult {
  requests: { total: number; average: number };
  latency: { p50: number; p90: number; p99: number; max: number };
  errors: number;
  timeouts: number;
  non2xx: number;
  statusCodeStats: Record<string, { count: number }>;
  duration: number;
}
type Autocannon = (options: {
  url: string;
  connections: number;
  duration: number;
  timeout?: number;
  requests: Array<{ method: 'GET'; path: string }>;
}) => Promise<AutocannonResult>;
const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;

function node(script: string, args: string[], env: Record<string, string>): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', resolve(ROOT, script), ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

function collect(child: ChildProcess): () => string {
  let text = '';
  child.stdout?.on('data', (c: Buffer) => (text += c.toString()));
  child.stderr?.on('data', (c: Buffer) => (text += c.toString()));
  return () => text;
}

function exited(child: ChildProcess): Promise<number | null> {
  return new Promise((done) => {
    if (child.exitCode !== null || child.signalCode !== null) done(child.exitCode);
    else child.once('exit', (code) => done(code));
  });
}

async function startServer(databaseUrl: string): Promise<{ url: string; stop(): Promise<void> }> {
  const child = node('scripts/start.ts', [], { DATABASE_URL: databaseUrl, PORT: '0', HOST: '127.0.0.1', FLOWLINE_TOKEN: '' });
  const output = collect(child);
  const port = await new Promise<number>((ok, fail) => {
    const timer = setTimeout(() => fail(new Error(`the server did not start within 60 s:\n${output()}`)), 60_000);
    child.stdout?.on('data', () => {
      const m = /http:\/\/localhost:(\d+)\//.exec(output());
      if (m) {
        clearTimeout(timer);
        ok(Number(m[1]));
      }
    });
    child.once('exit', (code) => fail(new Error(`the server exited with code ${code}:\n${output()}`)));
  });
  return {
    url: `http://127.0.0.1:${port}`,
    stop: async () => {
      child.kill('SIGTERM');
      await exited(child);
    },
  };
}

/** Runs the ingest CLI over one manifest; resolves with the number of new documents it reported. */
async function ingest(manifest: string, databaseUrl: string): Promise<{ created: number; code: number | null; output: string }> {
  const child = node('scripts/ingest.ts', ['--manifest', manifest], { DATABASE_URL: databaseUrl });
  const output = collect(child);
  const code = await exited(child);
  const created = Number(/\((\d+) new/.exec(output())?.[1] ?? 0);
  return { created, code, output: output() };
}

async function getJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`GET ${url} answered ${response.status}`);
  return (await response.json()) as T;
}

export async function benchLoad(options: { seconds?: number; connections?: number } = {}): Promise<LoadBench> {
  const seconds = options.seconds ?? 30;
  const connections = options.connections ?? 100;
  const dir = mkdtempSync(join(tmpdir(), 'flowline-load-'));
  const databaseUrl = `file:${join(dir, 'load.db')}`;
  const server = await startServer(databaseUrl);
  let stopIngest = false;
  try {
    // Some data first, so every route has something real to read.
    const warm = await ingest(writeCorpus(join(dir, 'warm'), generateArticles(60, 1000)), databaseUrl);
    if (warm.code !== 0) throw new Error(`the warm-up ingest failed:\n${warm.output}`);
    const list = await getJson<{ series: Array<{ id: string }> }>(`${server.url}/api/series?limit=5`);
    const events = await getJson<{ events: Array<{ id: string }> }>(`${server.url}/api/events`);
    const docs = await getJson<{ documents: Array<{ id: number }> }>(`${server.url}/api/documents?limit=5`);
    const seriesId = list.series[0]?.id;
    const eventId = events.events[0]?.id;
    const docId = docs.documents[0]?.id;
    if (!seriesId || !eventId || docId === undefined) throw new Error('the warm-up left no series, event or document to read');
    const routes = [
      '/api/health',
      '/api/series?limit=50',
      `/api/series/${seriesId}`,
      `/api/series/${seriesId}?kinds=level,derived&from=2017-01-01`,
      `/api/series/${seriesId}.csv`,
      '/api/events',
      '/api/documents?limit=20',
      `/api/documents/${docId}`,
      `/api/compare?series=${seriesId}&event=${eventId}&window=90`,
    ];

    // The writer: batches of fresh articles, one ingest process after another, until the load ends.
    let ingested = 0;
    let ingestFailures = 0;
    const writer = (async () => {
      for (let round = 0; !stopIngest; round++) {
        const manifest = writeCorpus(join(dir, `round-${round}`), generateArticles(40, 2000 + round));
        const result = await ingest(manifest, databaseUrl);
        ingested += result.created;
        if (result.code !== 0) {
          ingestFailures++;
          console.error(`load: an ingest during the load failed (exit ${result.code}):\n${result.output.slice(-2000)}`);
        }
      }
    })();

    const result = await autocannon({
      url: server.url,
      connections,
      duration: seconds,
      timeout: 10,
      requests: routes.map((path) => ({ method: 'GET', path })),
    });
    stopIngest = true;
    await writer;

    return {
      seconds,
      connections,
      requests: result.requests.total,
      requestsPerSecond: Math.round(result.requests.average),
      latencyMs: { p50: result.latency.p50, p90: result.latency.p90, p99: result.latency.p99, max: result.latency.max },
      errors: result.errors,
      timeouts: result.timeouts,
      non2xx: result.non2xx,
      statusCodes: Object.entries(result.statusCodeStats)
        .map(([code, s]) => `${code}×${s.count}`)
        .join(' '),
      ingestedDuringLoad: ingested,
      ingestFailures,
      routes,
    };
  } finally {
    stopIngest = true;
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [seconds, connections] = process.argv.slice(2).map(Number);
  benchLoad({ seconds: seconds || undefined, connections: connections || undefined }).then(
    (r) => {
      console.log(JSON.stringify(r, null, 2));
      if (r.errors || r.non2xx || r.timeouts || r.ingestFailures) process.exitCode = 1;
    },
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
