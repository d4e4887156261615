// The app in-process over a given libSQL database (file or sqld), migrated and empty.
import { readConfig } from '../../src/config';
import { openDatabase, type Database } from '../../src/db/client';
import { migrateDatabase } from '../../src/db/migrate';
import { createNodeApp } from '../../src/node';

export interface InProcess {
  database: Database;
  app: ReturnType<typeof createNodeApp>;
  fetch(path: string, init?: RequestInit): Promise<Response>;
}

export async function inProcessApp(
  databaseUrl: string,
  options: { token?: string | null; maxBodyBytes?: number } = {},
): Promise<InProcess> {
  const config = readConfig({ DATABASE_URL: databaseUrl });
  const database = await openDatabase(config);
  await migrateDatabase(database);
  const app = createNodeApp(database.db, {
    token: options.token === undefined ? 'test-token' : options.token,
    maxBodyBytes: options.maxBodyBytes ?? config.maxBodyBytes,
  });
  return { database, app, fetch: async (path, init) => app.request(path, init) };
}
