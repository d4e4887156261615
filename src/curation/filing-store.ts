// The filing rules as stored, read once per ingest or re-build (a handful of rows).
import { eq, inArray } from 'drizzle-orm';
import type { Orm } from '../db/orm';
import { entities, filingRules, series } from '../db/schema';
import type { SeriesKey } from '../series/key';
import { followMerges, type FilingRules } from './filing';

export async function loadFiling(db: Orm): Promise<FilingRules> {
  const rules = await db.select().from(filingRules);
  const mapped = new Map(rules.filter((r) => r.kind === 'entity').map((r) => [r.from, r.to]));
  const merged = followMerges(new Map(rules.filter((r) => r.kind === 'merge').map((r) => [r.from, r.to])));
  const merges = new Map<string, SeriesKey>();
  const targets = [...new Set(merged.values())];
  if (targets.length) {
    const rows = await db
      .select({ series, entity: entities })
      .from(series)
      .leftJoin(entities, eq(entities.id, series.entityId))
      .where(inArray(series.id, targets));
    const byId = new Map(rows.map((r) => [r.series.id, r]));
    for (const [from, to] of merged) {
      const row = byId.get(to);
      if (!row) continue; // the target is gone: figures file as if never merged
      const e = row.entity;
      merges.set(from, {
        id: row.series.id,
        label: row.series.label,
        unit: row.series.unit,
        measure: row.series.measure,
        per: row.series.per,
        entity: e
          ? { id: e.id, label: e.label, kind: e.kind, partOf: e.partOf, listed: e.listed }
          : { id: row.series.entityId, label: row.series.label, kind: null, partOf: null, listed: false },
      });
    }
  }
  return { entities: mapped, merges };
}
