// The WHERE pieces shared by series points, comparisons and CSV exports.
import { and, gte, inArray, isNotNull, lte, type SQL } from 'drizzle-orm';
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
