// Storing a reference series: its description and every value in ONE batch (D1 has no interactive
// transactions), replacing what the series held before, so an import lands whole or not at all.
// The values go in as JSON arrays read by json_each: one bound parameter per 5,000 rows instead of
// two per row, which keeps under D1's 100 parameters a statement and makes 10,000 rows one
// round trip. The data version is bumped in the same batch: every cached answer carrying a check
// turns over with the reference it was computed from.
import { eq, sql } from 'drizzle-orm';
import type { BatchItem } from 'drizzle-orm/batch';
import type { Measure, Unit } from '../extract/types';
import type { Orm } from '../db/orm';
import { bumpDataVersion } from '../db/repo/meta';
import { referenceSeries, referenceValues, type ReferenceFrequency } from '../db/schema-reference';
import { sha256Hex } from '../ingest/hash';
import { parseReferenceCsv, type ReferenceCsvOptions } from './csv';

export interface ReferenceDescription {
  /** [a-z0-9-]+, e.g. "eia-brent-spot-daily". */
  id: string;
  label: string;
  /** A gazetteer entity id (data/gazetteer.json), e.g. "brent": the news series it sits beside. */
  entity: string;
  measure: Measure;
  unit: Unit;
  frequency: ReferenceFrequency;
  provider: string;
  licence?: string | null;
  url?: string | null;
  retrieved?: string | null;
}

export interface ImportOutcome {
  id: string;
  /** false when the same file was already stored for this series (nothing written). */
  imported: boolean;
  values: number;
  /** Rows the provider left without a value (FRED's "."). */
  missing: number;
  first: string;
  last: string;
}

const ROWS_PER_STATEMENT = 5000;

/** Parse `csv` and store it as the series `description` (replacing its values); nothing stored on any error. */
export async function importReference(
  db: Orm,
  description: ReferenceDescription,
  csv: string,
  options: ReferenceCsvOptions & { now?: () => Date } = {},
): Promise<ImportOutcome> {
  // The same file again is answered from the stored row before anything is parsed: what makes a
  // second `npm start` cost a hash and one query per series.
  const hash = await sha256Hex(`${description.frequency}\n${options.dateColumn ?? ''}\n${options.valueColumn ?? ''}\n${csv}`);
  const [stored] = await db
    .select({ hash: referenceSeries.hash, values: referenceSeries.count, missing: referenceSeries.missing, first: referenceSeries.first, last: referenceSeries.last })
    .from(referenceSeries)
    .where(eq(referenceSeries.id, description.id));
  if (stored?.hash === hash) return { id: description.id, imported: false, values: stored.values, missing: stored.missing, first: stored.first ?? '', last: stored.last ?? '' };

  const parsed = parseReferenceCsv(csv, { ...options, frequency: description.frequency });
  const rows = parsed.rows;
  const outcome = { id: description.id, values: rows.length, missing: parsed.missing, first: rows[0]!.date, last: rows[rows.length - 1]!.date };

  const row = {
    label: description.label,
    entityId: description.entity,
    measure: description.measure,
    unit: description.unit,
    frequency: description.frequency,
    provider: description.provider,
    licence: description.licence ?? null,
    url: description.url ?? null,
    retrieved: description.retrieved ?? null,
    hash,
    count: rows.length,
    missing: parsed.missing,
    first: outcome.first,
    last: outcome.last,
    importedAt: (options.now?.() ?? new Date()).toISOString(),
  };
  const statements: BatchItem<'sqlite'>[] = [
    db.insert(referenceSeries).values({ id: description.id, ...row }).onConflictDoUpdate({ target: referenceSeries.id, set: row }),
    db.delete(referenceValues).where(eq(referenceValues.seriesId, description.id)),
  ];
  for (let i = 0; i < rows.length; i += ROWS_PER_STATEMENT) {
    const chunk = JSON.stringify(rows.slice(i, i + ROWS_PER_STATEMENT).map((r) => [r.date, r.value]));
    // A query builder rather than db.run(sql): drizzle's D1 batch takes only prepared builders.
    statements.push(
      db.insert(referenceValues).select(sql`SELECT ${description.id}, json_extract(j.value, '$[0]'), json_extract(j.value, '$[1]') FROM json_each(${chunk}) AS j`),
    );
  }
  statements.push(bumpDataVersion(db));
  const [first, ...rest] = statements;
  await db.batch([first!, ...rest]);
  return { ...outcome, imported: true };
}
