// Series with their summary (dated point count, first/last date, kinds present).
import { and, asc, count, eq, or, sql, type SQL } from 'drizzle-orm';
import type { SeriesSummary } from '../types';
import { FIGURE_KINDS, type FigureKind } from '../../extract/types';
import type { Orm } from '../orm';
import { figures, series } from '../schema';

export interface SeriesQuery {
  unit?: string | null;
  q?: string | null;
  limit: number;
  offset: number;
}

const summaryColumns = {
  id: series.id,
  label: series.label,
  unit: series.unit,
  entity: series.entityId,
  measure: series.measure,
  per: series.per,
  points: sql<number>`count(${figures.asOf})`.mapWith(Number),
  first: sql<string | null>`min(${figures.asOf})`,
  last: sql<string | null>`max(${figures.asOf})`,
  kinds: sql<string | null>`group_concat(DISTINCT CASE WHEN ${figures.asOf} IS NOT NULL THEN ${figures.kind} END)`,
};

type SummaryRow = {
  id: string;
  label: string;
  unit: SeriesSummary['unit'];
  entity: string;
  measure: SeriesSummary['measure'];
  per: SeriesSummary['per'];
  points: number;
  first: string | null;
  last: string | null;
  kinds: string | null;
};

function toSummary(row: SummaryRow): SeriesSummary {
  const present = new Set((row.kinds ?? '').split(',').filter(Boolean));
  const kinds: FigureKind[] = FIGURE_KINDS.filter((k) => present.has(k));
  return {
    id: row.id, label: row.label, unit: row.unit, entity: row.entity, measure: row.measure, per: row.per,
    points: row.points, first: row.first, last: row.last, kinds,
  };
}

function seriesWhere(query: Pick<SeriesQuery, 'unit' | 'q'>): SQL | undefined {
  const parts: (SQL | undefined)[] = [];
  if (query.unit) parts.push(eq(series.unit, query.unit as SeriesSummary['unit']));
  if (query.q) {
    const pattern = `%${query.q.toLowerCase().replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
    // Ids are slugs, so "kirkuk fields" should also find kirkuk-fields-bbl-d.
    parts.push(
      or(
        sql`lower(${series.label}) LIKE ${pattern} ESCAPE '\\'`,
        sql`${series.id} LIKE ${pattern.replace(/ /g, '-')} ESCAPE '\\'`,
      ),
    );
  }
  return parts.length ? and(...parts) : undefined;
}

export async function listSeries(db: Orm, query: SeriesQuery): Promise<{ series: SeriesSummary[]; total: number }> {
  const where = seriesWhere(query);
  const [rows, totals] = await Promise.all([
    db
      .select(summaryColumns)
      .from(series)
      .leftJoin(figures, eq(figures.seriesId, series.id))
      .where(where)
      .groupBy(series.id)
      .orderBy(asc(series.id))
      .limit(query.limit)
      .offset(query.offset),
    db.select({ n: count() }).from(series).where(where),
  ]);
  return { series: rows.map(toSummary), total: totals[0]?.n ?? 0 };
}

export async function getSeries(db: Orm, id: string): Promise<SeriesSummary | null> {
  const rows = await db
    .select(summaryColumns)
    .from(series)
    .leftJoin(figures, eq(figures.seriesId, series.id))
    .where(eq(series.id, id))
    .groupBy(series.id);
  return rows[0] ? toSummary(rows[0]) : null;
}

/** Which of the given ids exist (to say which requested series are unknown). */
export async function existingSeriesIds(db: Orm, ids: readonly string[]): Promise<Set<string>> {
  if (!ids.length) return new Set();
  const rows = await db.select({ id: series.id }).from(series).where(sql`${series.id} IN ${ids}`);
  return new Set(rows.map((r) => r.id));
}
