// What analysts read: the audit log, newest first, and the undated documents waiting for a date.
import { count, desc, eq, isNull, sql, type SQL } from 'drizzle-orm';
import type { Orm } from '../db/orm';
import { listDocumentFigures, type FigureOut } from '../db/repo/points';
import { audit, documents, entities, figures, series } from '../db/schema';
import type { AuditInput } from './store';

/** An audit row as listed: what was recorded (store.ts's AuditInput) and its id. */
export interface AuditEntry extends AuditInput {
  id: number;
}

interface Page {
  limit: number;
  offset: number;
}

export async function listAudit(db: Orm, page: Page & { document?: number | undefined }): Promise<{ entries: AuditEntry[]; total: number }> {
  const where: SQL | undefined = page.document === undefined ? undefined : eq(audit.documentId, page.document);
  const [entries, totals] = await Promise.all([
    db.select().from(audit).where(where).orderBy(desc(audit.id)).limit(page.limit).offset(page.offset),
    db.select({ n: count() }).from(audit).where(where),
  ]);
  return { entries, total: totals[0]?.n ?? 0 };
}

export interface UndatedDocument {
  id: number;
  title: string | null;
  source: string | null;
  url: string | null;
  ingestedAt: string;
  figures: FigureOut[];
}

/** Documents with no publication date (none given, none in the text), each with its figures. */
export async function listUndated(db: Orm, page: Page): Promise<{ documents: UndatedDocument[]; total: number }> {
  const [rows, totals] = await Promise.all([
    db
      .select({ id: documents.id, title: documents.title, source: documents.source, url: documents.url, ingestedAt: documents.ingestedAt })
      .from(documents)
      .where(isNull(documents.published))
      .orderBy(desc(documents.id))
      .limit(page.limit)
      .offset(page.offset),
    db.select({ n: count() }).from(documents).where(isNull(documents.published)),
  ]);
  const withFigures = await Promise.all(rows.map(async (d) => ({ ...d, figures: await listDocumentFigures(db, d.id) })));
  return { documents: withFigures, total: totals[0]?.n ?? 0 };
}

export interface UnlistedEntity {
  id: string;
  label: string;
  /** Series filed under it, and their figures in all. */
  series: string[];
  figures: number;
}

/** Names the gazetteer does not list that still have figures, most figures first: what to map. */
export async function listUnlisted(db: Orm, page: Page): Promise<{ entities: UnlistedEntity[]; total: number }> {
  const rows = await db
    .select({
      id: entities.id,
      label: entities.label,
      series: sql<string>`json_group_array(DISTINCT ${series.id})`,
      figures: sql<number>`count(${figures.id})`.mapWith(Number),
    })
    .from(entities)
    .innerJoin(series, eq(series.entityId, entities.id))
    .innerJoin(figures, eq(figures.seriesId, series.id))
    .where(eq(entities.listed, false))
    .groupBy(entities.id)
    .orderBy(desc(sql`count(${figures.id})`), entities.id);
  const all = rows.map((r) => ({ ...r, series: JSON.parse(r.series) as string[] }));
  return { entities: all.slice(page.offset, page.offset + page.limit), total: all.length };
}
