// The data version: a counter every ingest that adds a document bumps in its own batch.
// Caches (ETags, the in-memory response cache) key on it, so they turn over exactly when data does.
import { eq, sql } from 'drizzle-orm';
import type { Orm } from '../orm';
import { meta } from '../schema';

const DATA_VERSION = 'data_version';

export async function getDataVersion(db: Orm): Promise<number> {
  const rows = await db.select({ value: meta.value }).from(meta).where(eq(meta.key, DATA_VERSION));
  return rows[0]?.value ?? 0;
}

/** A statement for an ingest batch (not run here). */
export function bumpDataVersion(db: Orm) {
  return db
    .insert(meta)
    .values({ key: DATA_VERSION, value: 1 })
    .onConflictDoUpdate({ target: meta.key, set: { value: sql`${meta.value} + 1` } });
}
