// A database of the current schema for a test: opened at `url` (a temp file's, or sqld's) and
// migrated, as `npm start` would leave it. The caller closes it.
import { openDatabase, type Database } from '../../src/db/client';
import { migrateDatabase } from '../../src/db/migrate';

export async function openMigrated(url: string): Promise<Database> {
  const database = await openDatabase({ databaseUrl: url, databaseAuthToken: null });
  try {
    await migrateDatabase(database);
  } catch (error) {
    database.close();
    throw error;
  }
  return database;
}
