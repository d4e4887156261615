// The data version: a counter every ingest that adds a document bumps in its own batch.
// Caches (ETags, the in-memory response cache) key on it, so they turn over exactly when data does.
import { eq, sql } from 'drizzle-orm';
import type { Orm } from '../orm';
import { meta } from '../schema';

const DATA_VERSION = 'data_version';

// Read on every cached request, so the query is built once per database (drizzle's query building
// cost three times the query itself on a file database).
const prepared = new WeakMap<Orm, { all(): Promise<{ value: number }[]> }>();

function versionQuery(db: Orm) {
  let query = prepared.get(db);
  if (!query) {
    query = db.select({ value: meta.value }).from(meta).where(eq(meta.key, DATA_VERSION)).prepare();
    prepared.set(db, query);
  }
  return query;
}

export async function getDataVersion(db: Orm): Promise<number> {
  const rows = await versionQuery(db).all();
  return rows[0]?.value ?? 0;
}

/** A statement for an ingest batch (not run here). */
export function bumpDataVersion(db: Orm) {
  return db
    .insert(meta)
    .values({ key: DATA_VERSION, value: 1 })
    .onConflictDoUpdate({ target: meta.key, set: { value: sql`${meta.value} + 1` } });
}
