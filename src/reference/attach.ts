// Attaching the truth check to figures as they are read. Computed at read time rather than stored:
// a check depends on the figure (which a correction rewrites) and on the reference (which an import
// replaces), and a stored check would need invalidating from both sides. Reading costs one query
// for the covering references and one range query per reference; the answers are cached by the
// data version, which ingest, every correction and every reference import bump.
import type { Orm } from '../db/orm';
import { checkFigure, type CheckedFigure, type ReferenceCheck } from './check';
import { referencesCovering } from './read';

type Checkable = CheckedFigure & { series: string; check?: ReferenceCheck };

/** The same figures, each of a series a reference covers given its `check` (levels only). */
export async function withChecks<T extends Checkable>(db: Orm, figures: T[]): Promise<T[]> {
  let from: string | null = null;
  let to: string | null = null;
  const ids = new Set<string>();
  for (const f of figures) {
    if (f.asOf === null || (f.kind !== 'level' && f.kind !== 'derived')) continue;
    ids.add(f.series);
    const end = f.asOfTo ?? f.asOf;
    if (from === null || f.asOf < from) from = f.asOf;
    if (to === null || end > to) to = end;
  }
  if (from === null || to === null) return figures;
  const covering = await referencesCovering(db, [...ids], from, to);
  if (!covering.size) return figures;
  for (const f of figures) {
    const refs = covering.get(f.series);
    const check = refs && checkFigure(f, refs);
    if (check) f.check = check;
  }
  return figures;
}

/**
 * Every figure's check in the given figures (those with one), by figure id: for a series read many
 * times over one data version, checked once over the whole series instead of loading the
 * reference's values again for every date range asked (a daily price series spans thousands of
 * values; see src/api/series.ts). A check depends only on its figure and the reference, not on the
 * range a request asks for, so the same answer comes out.
 */
export async function checksById<T extends Checkable & { id: number }>(db: Orm, figures: T[]): Promise<Map<number, ReferenceCheck>> {
  const checks = new Map<number, ReferenceCheck>();
  for (const f of await withChecks(db, figures)) if (f.check) checks.set(f.id, f.check);
  return checks;
}
