// Keyset pages of points for streamed exports: (asOf, id) > cursor, so page n costs the same as
// page 1 (OFFSET would rescan everything before it). A page always ends with a whole day: the
// reports of one observation share their asOf, so a page never splits an observation.
// Rows come as raw arrays (PointTuple: one JSON text column per row, which the driver hands over
// without building a 26-key object per row): a million-row export builds no object per row.
import { and, asc, eq, gt, sql } from 'drizzle-orm';
import type { Orm } from '../orm';
import { documents, figures } from '../schema';
import { pointWhere, type PointFilter } from './filters';
import { AT, pointJson, type PointTuple } from './points';

export async function pageTuples(
  db: Orm,
  filter: PointFilter,
  after: { asOf: string; id: number } | null,
  limit: number,
): Promise<PointTuple[]> {
  const page = await tuplesAfter(db, filter, after, limit);
  const last = page[page.length - 1];
  if (page.length < limit || !last) return page;
  // The rest of the last day (usually nothing; one day's reports however many there are).
  const rest = await select(db, and(pointWhere(filter), eq(figures.asOf, last[AT.asOf]!), gt(figures.id, last[AT.id])));
  return rest.length ? page.concat(rest) : page;
}

/** Up to `limit` rows after the cursor, in (asOf, id) order: a page that may end mid-day. */
export function tuplesAfter(db: Orm, filter: PointFilter, after: { asOf: string; id: number } | null, limit: number): Promise<PointTuple[]> {
  const where = after
    ? and(pointWhere(filter), sql`(${figures.asOf}, ${figures.id}) > (${after.asOf}, ${after.id})`)
    : pointWhere(filter);
  return select(db, where, limit);
}

async function select(db: Orm, where: ReturnType<typeof pointWhere> | undefined, limit?: number): Promise<PointTuple[]> {
  const query = db
    .select({ json: pointJson })
    .from(figures)
    .innerJoin(documents, eq(documents.id, figures.documentId))
    .where(where)
    .orderBy(asc(figures.asOf), asc(figures.id));
  // values(): arrays from the driver, not objects keyed by column.
  const rows = limit === undefined ? await query.values() : await query.limit(limit).values();
  const out: PointTuple[] = new Array(rows.length);
  for (let i = 0; i < rows.length; i++) out[i] = JSON.parse(rows[i]![0] as string) as PointTuple;
  return out;
}
