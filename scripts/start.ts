// npm start: take the port, build the dashboard (with --build), migrate the database, ingest
// data/manifest.json (a second run adds nothing), then serve the API and the dashboard on PORT
// (default 8787).
//
// The port comes first and is held from then on: a second `npm start` next to a running one says
// so and exits before it builds, migrates or ingests anything (and nobody can take the port while
// this one starts). Until the app is ready the port answers 503 with a Retry-After. The dashboard
// is built into a fresh folder and published into dist/public file by file, index.html last
// (scripts/build-dashboard.mjs), so a server already running from dist/public never serves half a
// build.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { Server } from 'node:http';
import { resolve } from 'node:path';
import { readConfig } from '../src/config';
import { openDatabase, PROJECT_ROOT } from '../src/db/client';
import { explainDatabaseError } from '../src/db/errors';
import { migrateDatabase } from '../src/db/migrate';
import { readPathOf } from '../src/db/native-read';
import { seriesAnswersOf } from '../src/api/series-thread';
import { ingestBatch, summarise } from '../src/ingest/batch';
import { formatProblem, readManifest } from '../src/input';
import { createNodeApp, httpServer, PUBLIC_DIR, requestListener } from '../src/node';
import { loadShippedReferences, summariseShipped } from '../src/reference/shipped';

const STARTING = JSON.stringify({ error: { status: 503, message: 'flowline is starting (building, migrating, ingesting the seeds); try again in a few seconds' } });

/** Listens at once with a "starting" answer; rejects with EADDRINUSE when the port is taken. */
function holdPort(port: number, hostname?: string): Promise<{ server: Server; port: number }> {
  const server = httpServer((_req, res) => {
    res.writeHead(503, { 'Content-Type': 'application/json; charset=utf-8', 'Retry-After': '2' });
    res.end(STARTING);
  });
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(port, hostname, () => {
      const address = server.address();
      done({ server, port: typeof address === 'object' && address ? address.port : port });
    });
  });
}

function buildDashboard(): void {
  const run = spawnSync(process.execPath, [resolve(PROJECT_ROOT, 'scripts/build-dashboard.mjs')], { cwd: PROJECT_ROOT, stdio: 'inherit' });
  if (run.status !== 0) console.warn('start: the dashboard build failed (see above); serving the dashboard as it was before.');
}

async function main(): Promise<void> {
  const config = readConfig(process.env);
  const { server, port } = await holdPort(config.port, process.env.HOST);
  if (process.argv.includes('--build')) buildDashboard();

  const database = await openDatabase(config);
  await migrateDatabase(database);
  const manifest = process.env.FLOWLINE_MANIFEST ?? resolve(PROJECT_ROOT, 'data/manifest.json');
  if (existsSync(manifest)) {
    const report = await ingestBatch(database, readManifest(manifest));
    for (const problem of report.problems) console.error(`start: ${formatProblem(problem)}`);
    console.log(`start: ${summarise(report)}`);
  }
  console.log(`start: ${summariseShipped(await loadShippedReferences(database.db))}`);
  if (!existsSync(resolve(PUBLIC_DIR, 'index.html'))) {
    console.warn('start: dist/public/index.html is missing, so only the API is served; run `npm run build` for the dashboard.');
  }

  const reads = readPathOf(database);
  const seriesAnswers = seriesAnswersOf(database, reads, config.seriesThread);
  const app = createNodeApp(database.db, { ...config, reads, seriesAnswers });
  server.removeAllListeners('request');
  server.on('request', requestListener(app));
  console.log(`flowline: serving ${database.location} on http://localhost:${port}/ (API under /api, writes ${config.token ? 'on' : 'off'})`);

  const stop = async () => {
    server.close();
    // The series thread ends before the process does: exiting under a running thread that holds a
    // native connection aborted the process (a panic in the binding's teardown, SIGABRT instead of
    // exit 0) about one stop in six.
    await seriesAnswers.close();
    reads.close();
    database.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
}

main().catch((error: unknown) => {
  const e = error as NodeJS.ErrnoException;
  if (e.code === 'EADDRINUSE') {
    console.error(
      `start: port ${process.env.PORT ?? 8787} is already in use (another flowline?); nothing was built, migrated or ingested. ` +
        'Stop that server, or choose another port with PORT=…',
    );
    process.exit(1);
  }
  const location = process.env.DATABASE_URL?.trim() || 'data/flowline.db';
  console.error(`start: ${explainDatabaseError(error, location) ?? e.message ?? error}`);
  process.exit(1);
});
