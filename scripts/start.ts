// npm start: migrate the database, ingest data/manifest.json (a second run adds nothing), serve
// the API and the dashboard on PORT (default 8787).
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { readConfig } from '../src/config';
import { openDatabase, PROJECT_ROOT } from '../src/db/client';
import { explainDatabaseError } from '../src/db/errors';
import { migrateDatabase } from '../src/db/migrate';
import { ingestBatch, summarise } from '../src/ingest/batch';
import { formatProblem, readManifest } from '../src/input';
import { createNodeApp, listen, PUBLIC_DIR } from '../src/node';

async function main(): Promise<void> {
  const config = readConfig(process.env);
  const database = await openDatabase(config);
  await migrateDatabase(database);

  const manifest = process.env.FLOWLINE_MANIFEST ?? resolve(PROJECT_ROOT, 'data/manifest.json');
  if (existsSync(manifest)) {
    const report = await ingestBatch(database, readManifest(manifest));
    for (const problem of report.problems) console.error(`start: ${formatProblem(problem)}`);
    console.log(`start: ${summarise(report)}`);
  }
  if (!existsSync(resolve(PUBLIC_DIR, 'index.html'))) {
    console.warn('start: dist/public/index.html is missing, so only the API is served; run `npm run build` for the dashboard.');
  }

  const app = createNodeApp(database.db, config);
  const { server, port } = await listen(app, config.port, process.env.HOST);
  console.log(`flowline: serving ${database.location} on http://localhost:${port}/ (API under /api, writes ${config.token ? 'on' : 'off'})`);

  const stop = () => {
    server.close();
    database.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  const e = error as NodeJS.ErrnoException;
  if (e.code === 'EADDRINUSE') {
    console.error(`start: port ${process.env.PORT ?? 8787} is already in use (another flowline?); stop that server or choose another with PORT=…`);
    process.exit(1);
  }
  const location = process.env.DATABASE_URL?.trim() || 'data/flowline.db';
  console.error(`start: ${explainDatabaseError(error, location) ?? e.message ?? error}`);
  process.exit(1);
});
