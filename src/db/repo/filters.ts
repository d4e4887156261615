// The WHERE pieces shared by series points, comparisons and CSV exports.
import { and, gte, inArray, isNotNull, lte, sql, type Placeholder, type SQL } from 'drizzle-orm';
import type { FigureKind } from '../../extract/types';
import { figures } from '../schema';

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

/** Lists longer than this are bound as they come, not prepared (each length is its own SQL). */
const MOST_PREPARED_VALUES = 8;

/**
 * The filter's shape (what changes the SQL) and its values by placeholder name, for a prepared
 * query (src/db/repo/prepared.ts); null when its lists are too long to be worth preparing.
 */
export function pointShape(filter: PointFilter): { shape: string; where: SQL; values: Record<string, string> } | null {
  const kinds = filter.kinds ?? [];
  const series = filter.series ?? [];
  if (kinds.length > MOST_PREPARED_VALUES || series.length > MOST_PREPARED_VALUES) return null;
  const values: Record<string, string> = {};
  const named = (name: string, value: string): Placeholder => {
    values[name] = value;
    return sql.placeholder(name);
  };
  const parts: (SQL | undefined)[] = [isNotNull(figures.asOf)];
  if (filter.from) parts.push(gte(figures.asOf, named('from', filter.from)));
  if (filter.to) parts.push(lte(figures.asOf, named('to', filter.to)));
  if (kinds.length) parts.push(inArray(figures.kind, kinds.map((k, i) => named(`k${i}`, k))));
  if (series.length) parts.push(inArray(figures.seriesId, series.map((s, i) => named(`s${i}`, s))));
  return { shape: `${filter.from ? 'f' : ''}${filter.to ? 't' : ''}k${kinds.length}s${series.length}`, where: and(...parts)!, values };
}
