// Brings a libSQL database (file or server) to the current schema and seeds the events.
// Safe to run on every start: applied migrations are recorded, events are upserted.
import { resolve } from 'node:path';
import type { LibSQLDatabase } from 'drizzle-orm/libsql';
import { migrate } from 'drizzle-orm/libsql/migrator';
import type { EventRef } from '../extract/types';
import { PROJECT_ROOT, type Database } from './client';
import { seedEvents } from './repo/events';
import type { Schema } from './orm';
import defaultEvents from '../../data/events.json';

export const MIGRATIONS_DIR = resolve(PROJECT_ROOT, 'src/db/migrations');

export async function migrateDatabase(
  database: Database,
  events: readonly EventRef[] = defaultEvents as EventRef[],
): Promise<void> {
  await migrate(database.db as unknown as LibSQLDatabase<Schema>, { migrationsFolder: MIGRATIONS_DIR });
  await seedEvents(database.db, events);
}
