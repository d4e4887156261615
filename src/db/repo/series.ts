// Series with their summary (dated report and observation counts, first/last date, kinds present).
import { and, asc, count, eq, inArray, isNotNull, or, Placeholder, sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import type { SeriesSummary } from '../types';
import { FIGURE_KINDS, type FigureKind } from '../../extract/types';
import { observe } from '../../series/observations';
import type { Orm } from '../orm';
import { figures, series } from '../schema';
import { prepared } from './prepared';

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

function toSummary(row: SummaryRow, observations: ReadonlyMap<string, number>): SeriesSummary {
  const present = new Set((row.kinds ?? '').split(',').filter(Boolean));
  const kinds: FigureKind[] = FIGURE_KINDS.filter((k) => present.has(k));
  return {
    id: row.id, label: row.label, unit: row.unit, entity: row.entity, measure: row.measure, per: row.per,
    reports: row.points, observations: observations.get(row.id) ?? 0, points: row.points,
    first: row.first, last: row.last, kinds,
  };
}

/**
 * Observations per series, counted by the same pure grouping the series route serves
 * (src/series/observations.ts), so the two can never disagree. SQL cannot say it: agreement is
 * "within 1 % of the cluster's first report, or overlapping ranges". Only the listed series are
 * read, `seriesIds` being a subquery that selects the page (not a list of bound ids: D1 allows
 * 100 bound parameters and a page may hold 1,000 series), and only the nine columns grouping
 * needs, through the (series_id, as_of) index. A page costs its own series' reports, never the
 * whole table.
 */
async function observationCounts(db: Orm, seriesIds: SQLWrapper | string): Promise<Map<string, number>> {
  const reports = (ids: SQLWrapper | Placeholder) =>
    db
      .select({
        id: figures.id, series: figures.seriesId, kind: figures.kind, value: figures.value, low: figures.low,
        high: figures.high, asOf: figures.asOf, asOfTo: figures.asOfTo, documentId: figures.documentId,
      })
      .from(figures)
      .where(and(ids instanceof Placeholder ? eq(figures.seriesId, ids) : inArray(figures.seriesId, ids), isNotNull(figures.asOf)));
  // One series (the series route): the same SQL every time, prepared once.
  const rows =
    typeof seriesIds === 'string'
      ? await prepared(db, 'series:reports', () => reports(sql.placeholder('id')).prepare()).all({ id: seriesIds })
      : await reports(seriesIds);
  const { observations } = observe(rows.map((r) => ({ ...r, document: { id: r.documentId } })));
  const counts = new Map<string, number>();
  for (const o of observations) counts.set(o.series, (counts.get(o.series) ?? 0) + 1);
  return counts;
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
  const page = db.select({ id: series.id }).from(series).where(where).orderBy(asc(series.id)).limit(query.limit).offset(query.offset);
  const [rows, totals, observations] = await Promise.all([
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
    observationCounts(db, page),
  ]);
  return { series: rows.map((r) => toSummary(r, observations)), total: totals[0]?.n ?? 0 };
}

/** One series' summary (the series route keeps it per data version: src/api/series.ts). */
export async function getSeries(db: Orm, id: string): Promise<SeriesSummary | null> {
  const [rows, counts] = await Promise.all([
    prepared(db, 'series:summary', () =>
      db.select(summaryColumns).from(series).leftJoin(figures, eq(figures.seriesId, series.id)).where(eq(series.id, sql.placeholder('id'))).groupBy(series.id).prepare(),
    ).all({ id }),
    observationCounts(db, id),
  ]);
  return rows[0] ? toSummary(rows[0], counts) : null;
}

/** Which of the given ids exist (to say which requested series are unknown). */
export async function existingSeriesIds(db: Orm, ids: readonly string[]): Promise<Set<string>> {
  if (!ids.length) return new Set();
  const rows = await db.select({ id: series.id }).from(series).where(sql`${series.id} IN ${ids}`);
  return new Set(rows.map((r) => r.id));
}
