// Reading reference series: the list, one series' values in a date range, and the references that
// cover given news series (same entity × measure × unit) with just the values their checks need.
import { and, asc, eq, gte, inArray, lte, sql } from 'drizzle-orm';
import type { Orm } from '../db/orm';
import { series } from '../db/schema';
import { referenceSeries, referenceValues } from '../db/schema-reference';
import { TRADING_DAY_REACH, type ReferenceSet, type ReferenceValues } from './check';
import { addDays } from '../series/periods';
import type { ReferenceSummary } from './types';

const summaryColumns = {
  id: referenceSeries.id,
  label: referenceSeries.label,
  entity: referenceSeries.entityId,
  measure: referenceSeries.measure,
  unit: referenceSeries.unit,
  frequency: referenceSeries.frequency,
  provider: referenceSeries.provider,
  licence: referenceSeries.licence,
  url: referenceSeries.url,
  retrieved: referenceSeries.retrieved,
  values: referenceSeries.count,
  first: referenceSeries.first,
  last: referenceSeries.last,
};

const summary = (row: Omit<ReferenceSummary, 'source'>): ReferenceSummary => ({ source: 'reference', ...row });

export interface ReferenceFilter {
  entity?: string | undefined;
  measure?: string | undefined;
  unit?: string | undefined;
}

export async function listReferences(db: Orm, filter: ReferenceFilter = {}): Promise<ReferenceSummary[]> {
  const where = and(
    filter.entity ? eq(referenceSeries.entityId, filter.entity) : undefined,
    filter.measure ? eq(referenceSeries.measure, filter.measure as ReferenceSummary['measure']) : undefined,
    filter.unit ? eq(referenceSeries.unit, filter.unit as ReferenceSummary['unit']) : undefined,
  );
  const rows = await db.select(summaryColumns).from(referenceSeries).where(where).orderBy(asc(referenceSeries.id));
  return rows.map(summary);
}

export async function getReference(db: Orm, id: string): Promise<ReferenceSummary | null> {
  const rows = await db.select(summaryColumns).from(referenceSeries).where(eq(referenceSeries.id, id));
  return rows[0] ? summary(rows[0]) : null;
}

/** The values of one reference in [from, to] (either open), in date order. */
export async function referenceValuesBetween(db: Orm, id: string, from?: string, to?: string): Promise<{ date: string; value: number }[]> {
  return db
    .select({ date: referenceValues.date, value: referenceValues.value })
    .from(referenceValues)
    .where(and(eq(referenceValues.seriesId, id), from ? gte(referenceValues.date, from) : undefined, to ? lte(referenceValues.date, to) : undefined))
    .orderBy(asc(referenceValues.date));
}

/**
 * For each news series id that a reference covers, its daily and monthly references holding the
 * values from the trading-day reach before `from` to the reach after `to` (months: whole months).
 * One query for the covering references, one per reference for its values.
 */
export async function referencesCovering(db: Orm, seriesIds: readonly string[], from: string, to: string): Promise<Map<string, ReferenceSet>> {
  const out = new Map<string, ReferenceSet>();
  if (!seriesIds.length) return out;
  const covering: { news: string; id: string; label: string; entity: string; frequency: ReferenceValues['frequency'] }[] = [];
  // D1 binds at most 100 parameters a statement.
  for (let i = 0; i < seriesIds.length; i += 90) {
    covering.push(
      ...(await db
        .select({ news: series.id, id: referenceSeries.id, label: referenceSeries.label, entity: referenceSeries.entityId, frequency: referenceSeries.frequency })
        .from(series)
        .innerJoin(
          referenceSeries,
          and(eq(referenceSeries.entityId, series.entityId), eq(referenceSeries.measure, series.measure), eq(referenceSeries.unit, series.unit), sql`${series.per} IS NULL`),
        )
        .where(inArray(series.id, seriesIds.slice(i, i + 90)))
        .orderBy(asc(referenceSeries.id))),
    );
  }
  if (!covering.length) return out;
  const loaded = new Map<string, ReferenceValues>();
  for (const c of covering) {
    if (loaded.has(c.id)) continue;
    const daily = c.frequency === 'daily';
    const rows = await referenceValuesBetween(
      db,
      c.id,
      daily ? addDays(from, -TRADING_DAY_REACH) : `${from.slice(0, 7)}-01`,
      daily ? addDays(to, TRADING_DAY_REACH) : `${to.slice(0, 7)}-31`,
    );
    loaded.set(c.id, { id: c.id, label: c.label, entity: c.entity, frequency: c.frequency, dates: rows.map((r) => r.date), values: rows.map((r) => r.value) });
  }
  for (const c of covering) {
    const set = out.get(c.news) ?? {};
    // The first of each frequency (by id) wins when a provider ships two of one kind.
    set[c.frequency] ??= loaded.get(c.id)!;
    out.set(c.news, set);
  }
  return out;
}
