// Reads what export-gold needs from the database: the documents analysts reviewed and their rules.
import { inArray } from 'drizzle-orm';
import type { Orm } from '../db/orm';
import { corrections, documents } from '../db/schema';
import { goldSet, type GoldSet } from './gold';
import { loadRules } from './store';
import type { CorrectionRule } from './types';

export async function exportGold(db: Orm): Promise<GoldSet> {
  const reviewed = await db.selectDistinct({ id: corrections.documentId }).from(corrections);
  const ids = reviewed.map((r) => r.id).sort((a, b) => a - b);
  const docs = ids.length
    ? await db
        .select({ id: documents.id, title: documents.title, source: documents.source, url: documents.url, published: documents.published, text: documents.text })
        .from(documents)
        .where(inArray(documents.id, ids))
    : [];
  const rules = new Map<number, CorrectionRule[]>();
  for (const id of ids) rules.set(id, await loadRules(db, id));
  return goldSet(docs.sort((a, b) => a.id - b.id), rules);
}
