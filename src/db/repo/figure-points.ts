// Reports by figure id, with their evidence and document: what a chart's evidence box reads when a
// point is opened (GET /api/chart-data/evidence), a handful at a time.
import { asc, eq, sql } from 'drizzle-orm';
import type { Point } from '../types';
import type { Orm } from '../orm';
import { documents, figures } from '../schema';
import { parsePoint, pointJson } from './points';

/** The dated figures with these ids, ascending; ids that name nothing are left out. */
export async function pointsOfFigures(db: Orm, ids: readonly number[]): Promise<Point[]> {
  if (!ids.length) return [];
  // One JSON parameter however many ids: D1 binds at most 100 parameters per statement.
  const rows = await db
    .select({ json: pointJson })
    .from(figures)
    .innerJoin(documents, eq(documents.id, figures.documentId))
    .where(sql`${figures.id} IN (SELECT value FROM json_each(${JSON.stringify(ids)})) AND ${figures.asOf} IS NOT NULL`)
    .orderBy(asc(figures.id))
    .values();
  return rows.map((r) => parsePoint(r[0] as string));
}
