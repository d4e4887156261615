// The app in-process over a given libSQL database (file or sqld), migrated and empty.
import { readConfig } from '../../src/config';
import { openDatabase, type Database } from '../../src/db/client';
import { migrateDatabase } from '../../src/db/migrate';
import { readPathOf } from '../../src/db/native-read';
import { seriesAnswersOf } from '../../src/api/series-thread';
import type { ReadPath } from '../../src/db/repo/read-path';
import { createNodeApp } from '../../src/node';

export interface InProcess {
  database: Database;
  app: ReturnType<typeof createNodeApp>;
  /** The app's hot reads: native on a file, drizzle on sqld. */
  reads: ReadPath;
  fetch(path: string, init?: RequestInit): Promise<Response>;
}

export async function inProcessApp(
  databaseUrl: string,
  options: { token?: string | null; maxBodyBytes?: number; publicDir?: string } = {},
): Promise<InProcess> {
  const config = readConfig({ DATABASE_URL: databaseUrl });
  const database = await openDatabase(config);
  await migrateDatabase(database);
  // As `npm start` serves it: a file's hot reads through the native path (src/db/native-read.ts).
  const reads = readPathOf(database);
  // Series answers on their own thread, as `npm start` writes them for a file.
  const seriesAnswers = seriesAnswersOf(database, reads);
  const close = database.close;
  database.close = () => {
    void seriesAnswers.close();
    reads.close();
    close();
  };
  const app = createNodeApp(database.db, {
    reads,
    seriesAnswers,
    token: options.token === undefined ? 'test-token' : options.token,
    maxBodyBytes: options.maxBodyBytes ?? config.maxBodyBytes,
    publicDir: options.publicDir,
  });
  return { database, app, reads, fetch: async (path, init) => app.request(path, init) };
}
