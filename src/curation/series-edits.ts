// An analyst's changes to series and entities: rename a series, merge one into another, split
// figures out of one, and file an unlisted name under a listed entity. Merges and mappings are
// filing rules (applied at every ingest and re-extraction, so they hold for later articles too);
// a split is a correction of each figure moved, so it holds like any correction.
import { eq, inArray } from 'drizzle-orm';
import type { BatchItem } from 'drizzle-orm/batch';
import type { Orm } from '../db/orm';
import { bumpDataVersion } from '../db/repo/meta';
import { entities, figures, filingRules, series } from '../db/schema';
import type { Measure } from '../extract/types';
import { GAZETTEER } from '../series/gazetteer';
import { correctFigure, type CorrectionOutcome } from './correct';
import { dropEmptySeries, rebuildDocument, type ExtractFn, type RebuildReport } from './rebuild';
import { auditStatement } from './store';

export interface Who {
  by: string;
  now?: Date;
  extract?: ExtractFn | undefined;
}

/** A refusal a person can act on; the route turns it into a 400 (or 404 when `missing`). */
export class CurationError extends Error {
  constructor(message: string, readonly missing = false) {
    super(message);
  }
}

async function seriesRow(db: Orm, id: string) {
  const [row] = await db.select().from(series).where(eq(series.id, id));
  return row ?? null;
}

async function documentsFiledUnder(db: Orm, where: { series: string } | { entity: string }): Promise<number[]> {
  const rows =
    'series' in where
      ? await db.selectDistinct({ id: figures.documentId }).from(figures).where(eq(figures.seriesId, where.series))
      : await db
          .selectDistinct({ id: figures.documentId })
          .from(figures)
          .innerJoin(series, eq(series.id, figures.seriesId))
          .where(eq(series.entityId, where.entity));
  return rows.map((r) => r.id).sort((a, b) => a - b);
}

async function rebuildAll(db: Orm, ids: readonly number[], who: Who, first: BatchItem<'sqlite'>[]): Promise<RebuildReport[]> {
  // The rule (and its audit entry) is stored first: re-building reads it. Each document is then
  // its own batch; a stop half way is finished by the next change or by npm run reextract.
  await db.batch([first[0]!, ...first.slice(1), bumpDataVersion(db)]);
  const reports: RebuildReport[] = [];
  for (const id of ids) {
    const report = await rebuildDocument(db, id, { extract: who.extract });
    if (report) reports.push(report);
  }
  return reports;
}

export async function renameSeries(db: Orm, id: string, label: string, who: Who): Promise<void> {
  const row = await seriesRow(db, id);
  if (!row) throw new CurationError(`No series "${id}". GET /api/series lists the series there are.`, true);
  await db.batch([
    auditStatement(db, { by: who.by, action: 'series.rename', documentId: null, target: `series ${id}`, old: { label: row.label }, new: { label }, at: (who.now ?? new Date()).toISOString() }),
    db.update(series).set({ label }).where(eq(series.id, id)),
    bumpDataVersion(db),
  ]);
}

export async function mergeSeries(db: Orm, from: string, into: string, who: Who): Promise<RebuildReport[]> {
  if (from === into) throw new CurationError(`A series cannot be merged into itself ("${from}").`);
  const [a, b] = await Promise.all([seriesRow(db, from), seriesRow(db, into)]);
  if (!a) throw new CurationError(`No series "${from}". GET /api/series lists the series there are.`, true);
  if (!b) throw new CurationError(`No series "${into}" to merge into. GET /api/series lists the series there are.`);
  if (a.unit !== b.unit || a.per !== b.per) {
    throw new CurationError(`"${from}" is in ${a.unit}${a.per ? ` per ${a.per}` : ''} and "${into}" in ${b.unit}${b.per ? ` per ${b.per}` : ''}: only series of one unit and period basis can be merged.`);
  }
  const at = (who.now ?? new Date()).toISOString();
  const ids = await documentsFiledUnder(db, { series: from });
  const reports = await rebuildAll(db, ids, who, [
    auditStatement(db, { by: who.by, action: 'series.merge', documentId: null, target: `series ${from} into ${into}`, old: { series: from, label: a.label }, new: { series: into, label: b.label }, at }),
    db.insert(filingRules).values({ kind: 'merge', from, to: into, by: who.by, at }).onConflictDoUpdate({ target: [filingRules.kind, filingRules.from], set: { to: into, by: who.by, at } }),
  ]);
  await db.batch([dropEmptySeries(db, [from])[0]!, bumpDataVersion(db)]);
  return reports;
}

/** Moves the given figures of a series to another subject and/or measure: one correction each. */
export async function splitSeries(
  db: Orm,
  id: string,
  request: { figures: number[]; subject?: string | undefined; measure?: Measure | undefined },
  who: Who,
): Promise<CorrectionOutcome[]> {
  if (!(await seriesRow(db, id))) throw new CurationError(`No series "${id}". GET /api/series lists the series there are.`, true);
  const rows = await db.select({ id: figures.id, seriesId: figures.seriesId }).from(figures).where(inArray(figures.id, request.figures));
  const elsewhere = request.figures.filter((f) => rows.find((r) => r.id === f)?.seriesId !== id);
  if (elsewhere.length) {
    throw new CurationError(`Figure${elsewhere.length > 1 ? 's' : ''} ${elsewhere.join(', ')} ${elsewhere.length > 1 ? 'are' : 'is'} not in series "${id}"; GET /api/series/${id} lists its points with their ids.`);
  }
  const changes = { ...(request.subject ? { subject: request.subject } : {}), ...(request.measure ? { measure: request.measure } : {}) };
  const out: CorrectionOutcome[] = [];
  // One at a time: each correction re-builds its document, which gives the other figures new ids.
  const targets = await db.select().from(figures).where(inArray(figures.id, request.figures));
  for (const t of targets) {
    // Found by its words and kind: an earlier split in the same document re-built it (new ids).
    const figureId = await findByWords(db, t);
    if (figureId === null) continue;
    const outcome = await correctFigure(db, figureId, { action: 'correct', changes }, who);
    if (outcome) out.push(outcome);
  }
  return out;
}

async function findByWords(db: Orm, f: { documentId: number; start: number; end: number; kind: string }): Promise<number | null> {
  const rows = await db.select({ id: figures.id, start: figures.start, end: figures.end, kind: figures.kind }).from(figures).where(eq(figures.documentId, f.documentId));
  return rows.find((r) => r.start === f.start && r.end === f.end && r.kind === f.kind)?.id ?? null;
}

/** Files an unlisted name (an entity the gazetteer does not know) under a listed entity. */
export async function mapEntity(db: Orm, from: string, to: string, who: Who): Promise<RebuildReport[]> {
  if (GAZETTEER.byId.has(from)) throw new CurationError(`"${from}" is a listed entity (data/gazetteer.json); only names the gazetteer does not list can be mapped.`);
  const [row] = await db.select().from(entities).where(eq(entities.id, from));
  if (!row) throw new CurationError(`No entity "${from}". Series list their entity; unlisted names have entity ids like "kurdish-run-pipeline".`, true);
  const target = GAZETTEER.byId.get(to);
  if (!target) throw new CurationError(`"${to}" is not an entity of data/gazetteer.json; map to a listed id such as one a series of a known place or company has.`);
  const at = (who.now ?? new Date()).toISOString();
  const ids = await documentsFiledUnder(db, { entity: from });
  return rebuildAll(db, ids, who, [
    auditStatement(db, { by: who.by, action: 'entity.map', documentId: null, target: `entity ${from} ("${row.label}")`, old: { entity: from }, new: { entity: to, label: target.label }, at }),
    db.insert(filingRules).values({ kind: 'entity', from, to, by: who.by, at }).onConflictDoUpdate({ target: [filingRules.kind, filingRules.from], set: { to, by: who.by, at } }),
  ]);
}
