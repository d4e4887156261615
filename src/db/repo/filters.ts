// The WHERE pieces shared by series points, comparisons and CSV exports.
import { and, gte, inArray, isNotNull, lte, sql, type SQL } from 'drizzle-orm';
import type { FigureKind } from '../../extract/types';
import { figures } from '../schema';
import type { Arg, ReadArgs } from './read-path';

export interface PointFilter {
  /** Inclusive YYYY-MM-DD bounds on asOf. */
  from?: string | null;
  to?: string | null;
  /** Null or empty: every kind. */
  kinds?: readonly FigureKind[] | null;
  /** Series ids; null or empty: every series. */
  series?: readonly string[] | null;
}

/** Only dated figures are points: undated ones never appear in series, comparisons or CSV. */
export function pointWhere(filter: PointFilter): SQL {
  const parts: (SQL | undefined)[] = [isNotNull(figures.asOf)];
  if (filter.from) parts.push(gte(figures.asOf, filter.from));
  if (filter.to) parts.push(lte(figures.asOf, filter.to));
  if (filter.kinds?.length) parts.push(inArray(figures.kind, [...filter.kinds]));
  if (filter.series?.length) parts.push(inArray(figures.seriesId, [...filter.series]));
  return and(...parts)!;
}

/** Lists longer than this are not kept as shapes (each length is its own SQL). */
const MOST_PREPARED_VALUES = 8;

/**
 * The filter as parts of a read query (src/db/repo/read-path.ts): its shape (what changes the
 * SQL: which bounds are present, how many values a list has; null when a list is too long to be
 * worth keeping), its values by name, and its WHERE written with them through `arg`.
 */
export function pointFilterQuery(filter: PointFilter): { shape: string | null; args: ReadArgs; where: (arg: Arg) => SQL } {
  const kinds = filter.kinds ?? [];
  const series = filter.series ?? [];
  const args: ReadArgs = {};
  if (filter.from) args.from = filter.from;
  if (filter.to) args.to = filter.to;
  kinds.forEach((k, i) => (args[`k${i}`] = k));
  series.forEach((s, i) => (args[`s${i}`] = s));
  const long = kinds.length > MOST_PREPARED_VALUES || series.length > MOST_PREPARED_VALUES;
  const where = (arg: Arg) => {
    const parts: SQL[] = [sql`${figures.asOf} IS NOT NULL`];
    if (filter.from) parts.push(sql`${figures.asOf} >= ${arg('from')}`);
    if (filter.to) parts.push(sql`${figures.asOf} <= ${arg('to')}`);
    if (kinds.length) parts.push(sql`${figures.kind} IN (${sql.join(kinds.map((_, i) => sql`${arg(`k${i}`)}`), sql`, `)})`);
    if (series.length) parts.push(sql`${figures.seriesId} IN (${sql.join(series.map((_, i) => sql`${arg(`s${i}`)}`), sql`, `)})`);
    return sql.join(parts, sql` AND `);
  };
  return { shape: long ? null : `${filter.from ? 'f' : ''}${filter.to ? 't' : ''}k${kinds.length}s${series.length}`, args, where };
}
