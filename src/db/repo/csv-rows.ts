// Keyset pages of points for streamed exports: (asOf, id) > cursor, so page n costs the same as
// page 1 (OFFSET would rescan everything before it).
import { and, asc, eq, sql } from 'drizzle-orm';
import type { Point } from '../../api/types';
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
  const rows = await db
    .select({ json: pointJson })
    .from(figures)
    .innerJoin(documents, eq(documents.id, figures.documentId))
    .where(where)
    .orderBy(asc(figures.asOf), asc(figures.id))
    .limit(limit);
  return rows.map((r) => parsePoint(r.json));
}
