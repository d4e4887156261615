// An analyst's changes to a whole document: a publication date (which re-dates every relative time
// word, so the document is extracted again with its corrections kept), or its removal.
import { eq } from 'drizzle-orm';
import type { Orm } from '../db/orm';
import { bumpDataVersion } from '../db/repo/meta';
import { corrections, documents, figures } from '../db/schema';
import { rebuildDocument, type ExtractFn, type RebuildReport } from './rebuild';
import { auditStatement } from './store';

interface Who {
  by: string;
  now?: Date;
  extract?: ExtractFn | undefined;
}

async function summary(db: Orm, id: number) {
  const [doc] = await db
    .select({ title: documents.title, published: documents.published, publishedSource: documents.publishedSource, url: documents.url })
    .from(documents)
    .where(eq(documents.id, id));
  return doc ?? null;
}

const named = (id: number, title: string | null) => `document ${id}${title ? ` "${title}"` : ''}`;

/** Null when there is no such document. */
export async function setPublished(db: Orm, id: number, published: string, who: Who): Promise<RebuildReport | null> {
  const doc = await summary(db, id);
  if (!doc) return null;
  const audit = auditStatement(db, {
    by: who.by,
    action: 'document.published',
    documentId: id,
    target: named(id, doc.title),
    old: { published: doc.published, publishedSource: doc.publishedSource },
    new: { published, publishedSource: 'manifest' },
    at: (who.now ?? new Date()).toISOString(),
  });
  return rebuildDocument(db, id, { published, also: [audit], extract: who.extract });
}

/** False when there is no such document. Its corrections go with it; the audit keeps the record. */
export async function deleteDocument(db: Orm, id: number, who: Who): Promise<boolean> {
  const doc = await summary(db, id);
  if (!doc) return false;
  const n = await db.$count(figures, eq(figures.documentId, id));
  await db.batch([
    auditStatement(db, {
      by: who.by,
      action: 'document.delete',
      documentId: id,
      target: named(id, doc.title),
      old: { ...doc, figures: n },
      new: null,
      at: (who.now ?? new Date()).toISOString(),
    }),
    // Explicitly, not by ON DELETE CASCADE: foreign keys are a per-connection setting on libSQL.
    db.delete(corrections).where(eq(corrections.documentId, id)),
    db.delete(figures).where(eq(figures.documentId, id)),
    db.delete(documents).where(eq(documents.id, id)),
    bumpDataVersion(db),
  ]);
  return true;
}
