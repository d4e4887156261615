// Documents: the articles figures come from.
import { count, desc, eq, sql } from 'drizzle-orm';
import type { DocumentSummary } from '../types';
import type { Orm } from '../orm';
import { documents } from '../schema';

const summaryColumns = {
  id: documents.id,
  title: documents.title,
  source: documents.source,
  url: documents.url,
  published: documents.published,
  publishedSource: documents.publishedSource,
  ingestedAt: documents.ingestedAt,
  // Written out qualified: drizzle leaves columns unqualified in a one-table select, and inside the
  // subquery an unqualified id would bind to the figure's id.
  figures: sql<number>`(SELECT count(*) FROM figures AS f WHERE f.document_id = "documents"."id")`.mapWith(Number),
};

export async function listDocuments(
  db: Orm,
  page: { limit: number; offset: number },
): Promise<{ documents: DocumentSummary[]; total: number }> {
  const [rows, totals] = await Promise.all([
    db.select(summaryColumns).from(documents).orderBy(desc(documents.id)).limit(page.limit).offset(page.offset),
    db.select({ n: count() }).from(documents),
  ]);
  return { documents: rows, total: totals[0]?.n ?? 0 };
}

export async function getDocument(
  db: Orm,
  id: number,
): Promise<(DocumentSummary & { hash: string; text: string }) | null> {
  const rows = await db
    .select({ ...summaryColumns, hash: documents.hash, text: documents.text })
    .from(documents)
    .where(eq(documents.id, id));
  return rows[0] ?? null;
}

export async function findDocumentIdByHash(db: Orm, hash: string): Promise<number | null> {
  const rows = await db.select({ id: documents.id }).from(documents).where(eq(documents.hash, hash)).limit(1);
  return rows[0]?.id ?? null;
}
