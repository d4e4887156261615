// Keyset pages of points for streamed exports: (asOf, id) > cursor, so page n costs the same as
// page 1 (OFFSET would rescan everything before it). A page always ends with a whole day: the
// reports of one observation share their asOf, so a page never splits an observation.
import { and, asc, eq, gt, sql } from 'drizzle-orm';
import type { Point } from '../types';
import type { Orm } from '../orm';
import { documents, figures } from '../schema';
import { pointWhere, type PointFilter } from './filters';
import { parsePoint, pointJson } from './points';

export async function pagePoints(
  db: Orm,
  filter: PointFilter,
  after: { asOf: string; id: number } | null,
  limit: number,
): Promise<Point[]> {
  const where = after
    ? and(pointWhere(filter), sql`(${figures.asOf}, ${figures.id}) > (${after.asOf}, ${after.id})`)
    : pointWhere(filter);
  const page = await select(db, where, limit);
  const last = page[page.length - 1];
  if (page.length < limit || !last) return page;
  // The rest of the last day (usually nothing; one day's reports however many there are).
  const rest = await select(db, and(pointWhere(filter), eq(figures.asOf, last.asOf!), gt(figures.id, last.id)));
  return rest.length ? [...page, ...rest] : page;
}

async function select(db: Orm, where: ReturnType<typeof pointWhere> | undefined, limit?: number): Promise<Point[]> {
  const query = db
    .select({ json: pointJson })
    .from(figures)
    .innerJoin(documents, eq(documents.id, figures.documentId))
    .where(where)
    .orderBy(asc(figures.asOf), asc(figures.id));
  const rows = limit === undefined ? await query : await query.limit(limit);
  return rows.map((r) => parsePoint(r.json));
}
