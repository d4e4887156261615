// The uncached series read of `npm run bench -- api` alone, for comparing builds of the server on
// this shared, drifting machine: one database, the servers of several project folders (this one
// and, say, a worktree of main) measured in turn, round after round (A B A B), each beside a bare
// node:http server sending the same bytes in the same round. A ratio between builds within a round
// means something; a rate across hours does not (the machine's speed varies 2x).
//
//   node --import tsx scripts/bench/api-uncached.ts [--rounds 3] [--seconds 3] [--db FILE] [ROOT[:ENV=V,...][@DB]]...
//
// A ROOT may carry environment for its server after a colon (`.:FLOWLINE_SERIES_THREAD=off`), and
// a database of its own after an @ (a copy of --db's, so a build with another schema, e.g. one
// migration fewer, reads the same data without the other's indexes).
// Prints one line per server per round and a JSON summary at the end.
import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { openDatabase, PROJECT_ROOT } from '../../src/db/client';
import { migrateDatabase } from '../../src/db/migrate';
import { extract } from '../../src/extract';
import { ingestDocument } from '../../src/ingest';
import { freePort, waitForHttp } from '../../test/support/ports';
import { tempDbUrl, tempDir } from '../../test/support/temp';
import { benchCorpus } from './api';
import { cpuSecondsOf } from './proc';

const autocannon = createRequire(import.meta.url)('autocannon') as (options: {
  url: string;
  connections: number;
  duration: number;
  requests?: { setupRequest(request: { path: string }): { path: string } }[];
}) => Promise<{ requests: { average: number }; errors: number; timeouts: number; non2xx: number }>;

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const at = args.indexOf(`--${name}`);
  if (at < 0) return fallback;
  const value = Number(args[at + 1]);
  args.splice(at, 2);
  return value;
};
const ROUNDS = option('rounds', 3);
// --db FILE: the database to use, made there on the first run and reused as it is after (the
// ingest takes a while); without it, a temporary one.
const dbAt = args.indexOf('--db');
const DB_FILE = dbAt < 0 ? null : resolve(args.splice(dbAt, 2)[1]!);
const SECONDS = option('seconds', 3);
const WARM_UP_SECONDS = 1;
const CONNECTIONS = 20;
const builds = (args.length ? args : ['.']).map((arg) => {
  const [rootAndEnv, ownDb] = arg.split('@');
  const [root, env = ''] = rootAndEnv!.split(':');
  return {
    name: rootAndEnv!,
    ownDb: ownDb ? resolve(ownDb) : null,
    root: resolve(root!),
    env: Object.fromEntries(env.split(',').filter(Boolean).map((kv) => kv.split('=') as [string, string])),
  };
});

/** CPU seconds of each thread of `pid` by thread id (the main thread's id is the pid). */
function threadCpuSeconds(pid: number): Map<number, number> {
  const threads = new Map<number, number>();
  for (const tid of readdirSync(`/proc/${pid}/task`)) {
    try {
      const fields = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8').replace(/^.*\) /s, '').split(' ');
      threads.set(Number(tid), (Number(fields[11]) + Number(fields[12])) / 100);
    } catch {
      // The thread ended between the listing and the read.
    }
  }
  return threads;
}

async function startServerAt(root: string, databaseUrl: string, env: Record<string, string>): Promise<{ url: string; pid: number; stop(): Promise<void> }> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'scripts/start.ts')], {
    cwd: root,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', FLOWLINE_TOKEN: '', ...env, DATABASE_URL: databaseUrl },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let output = '';
  const port = await new Promise<number>((ok, fail) => {
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /http:\/\/localhost:(\d+)\//.exec(output);
      if (match) ok(Number(match[1]));
    });
    child.once('exit', (code) => fail(new Error(`server in ${root} exited (${code}):\n${output}`)));
  });
  // A server that does not stop cleanly (start.ts exits 0 on SIGTERM) is worth knowing of.
  child.once('exit', (code, signal) => code !== 0 && console.error(`server in ${root} ended with code ${code}, signal ${signal}`));
  return { url: `http://127.0.0.1:${port}`, pid: child.pid!, stop: () => stop(child) };
}

function stop(child: ChildProcess): Promise<void> {
  return new Promise((done) => {
    // A server killed by a signal has no exit code, only a signal code, and exits no more.
    if (child.exitCode !== null || child.signalCode !== null) return done();
    child.once('exit', () => done());
    child.kill('SIGTERM');
  });
}

const BARE_SERVER = `
const { readFileSync } = require('node:fs');
const { createServer } = require('node:http');
const [port, file] = process.argv.slice(1);
const body = readFileSync(file);
createServer((req, res) => {
  res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': body.length });
  res.end(body);
}).listen(Number(port), '127.0.0.1');
`;

async function rate(url: string, seconds: number, vary?: () => string): Promise<number> {
  const requests = vary ? [{ setupRequest: (request: { path: string }) => ({ ...request, path: vary() }) }] : undefined;
  const result = await autocannon({ url, connections: CONNECTIONS, duration: seconds, ...(requests ? { requests } : {}) });
  if (result.errors + result.timeouts + result.non2xx > 0) throw new Error(`${url}: ${result.errors} errors, ${result.timeouts} timeouts, ${result.non2xx} non-2xx`);
  return Math.round(result.requests.average);
}

// Days from 2100 on, never asked before by any server of this run: every request misses.
let days = 0;
const day = () => new Date(Date.UTC(2100, 0, 1) + days++ * 86_400_000).toISOString().slice(0, 10);

/** The bench's database, as bench api leaves its file. */
async function fill(url: string): Promise<void> {
  const database = await openDatabase({ databaseUrl: url, databaseAuthToken: null });
  await migrateDatabase(database);
  // The corpus, then the same figures again under other text (bench api's store-only pass), so
  // the series under test has its ~80 points.
  for (const doc of benchCorpus(100)) {
    await ingestDocument(database.db, doc);
    const result = extract(doc.text, { published: doc.published });
    await ingestDocument(database.db, { text: `${doc.text} ` }, { extract: () => result });
  }
  database.close();
}

async function main(): Promise<void> {
  const db = DB_FILE ? { url: `file:${DB_FILE}`, cleanup() {} } : tempDbUrl();
  const scratch = tempDir('flowline-bench-uncached-');
  try {
    if (!DB_FILE || !existsSync(DB_FILE)) await fill(db.url);
    for (const build of builds) if (build.ownDb) copyFileSync(db.url.slice('file:'.length), build.ownDb);

    let seriesId = '';
    const rows: { round: number; build: string; reqPerSec: number; cpuMsPerRequest: number; mainThreadMs: number; otherThreadMs: number; bare: number }[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      for (const build of builds) {
        const server = await startServerAt(build.root, build.ownDb ? `file:${build.ownDb}` : db.url, build.env);
        try {
          if (!seriesId) {
            const list = (await (await fetch(`${server.url}/api/series?limit=1000`)).json()) as { series: { id: string; points: number }[] };
            seriesId = [...list.series].sort((a, b) => b.points - a.points)[0]!.id;
          }
          const miss = () => `/api/series/${seriesId}?to=${day()}`;
          // What a miss sends, for the bare server beside it.
          const body = Buffer.from(await (await fetch(`${server.url}${miss()}`)).arrayBuffer());
          const file = join(scratch.dir, 'series.json');
          writeFileSync(file, body);
          await rate(server.url, WARM_UP_SECONDS, miss);
          const cpu = cpuSecondsOf(server.pid);
          const threadsBefore = threadCpuSeconds(server.pid);
          const reqPerSec = await rate(server.url, SECONDS, miss);
          const requests = reqPerSec * SECONDS;
          const cpuMsPerRequest = ((cpuSecondsOf(server.pid) - cpu) * 1000) / requests;
          // The main thread's share, and the busiest other thread's (the series thread, when there is one).
          const perThread = [...threadCpuSeconds(server.pid)].map(([tid, s]) => [tid, ((s - (threadsBefore.get(tid) ?? 0)) * 1000) / requests] as const);
          const mainThreadMs = perThread.find(([tid]) => tid === server.pid)?.[1] ?? 0;
          const otherThreadMs = Math.max(0, ...perThread.filter(([tid]) => tid !== server.pid).map(([, ms]) => ms));
          await server.stop();
          const port = await freePort();
          const bare = spawn(process.execPath, ['-e', BARE_SERVER, String(port), file], { stdio: 'inherit' });
          let bareRate = 0;
          try {
            const url = `http://127.0.0.1:${port}/`;
            await waitForHttp(url, 20_000, () => bare.exitCode === null);
            await rate(url, WARM_UP_SECONDS);
            bareRate = await rate(url, SECONDS);
          } finally {
            await stop(bare);
          }
          const row = { round, build: build.name, reqPerSec, cpuMsPerRequest: round2(cpuMsPerRequest), mainThreadMs: round2(mainThreadMs), otherThreadMs: round2(otherThreadMs), bare: bareRate };
          rows.push(row);
          console.log(`round ${round} ${build.name}: ${reqPerSec} req/s, ${row.cpuMsPerRequest} CPU ms/req (main thread ${row.mainThreadMs}, busiest other ${row.otherThreadMs}), bare ${bareRate} req/s (${body.length} bytes)`);
        } finally {
          await server.stop();
        }
      }
    }
    console.log(JSON.stringify({ seriesId, projectRoot: PROJECT_ROOT, rows }));
  } finally {
    db.cleanup();
    scratch.cleanup();
  }
}

const round2 = (n: number) => Math.round(n * 100) / 100;

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
