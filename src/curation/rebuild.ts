// Re-extract one document and store the result with the analysts' corrections on top: used by
// `npm run reextract` (the extractor improved), by a new publication date (relative dates move)
// and by every new correction (so stored figures are always extraction + corrections).
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { BatchItem } from 'drizzle-orm/batch';
import type { Orm } from '../db/orm';
import { bumpDataVersion } from '../db/repo/meta';
import { listDocumentFigures } from '../db/repo/points';
import { documents, figures, series } from '../db/schema';
import { extract as defaultExtract } from '../extract';
import type { ExtractOptions, ExtractResult } from '../extract/types';
import { figureStatements } from '../ingest';
import { GAZETTEER } from '../series/gazetteer';
import { applyCorrections } from './apply';
import { filer } from './filing';
import { loadFiling } from './filing-store';
import { diffFigures, type FigureDiff } from './diff';
import { loadRules, saveRule } from './store';
import { keyOf, type CorrectionRule } from './types';

export type ExtractFn = (text: string, options?: ExtractOptions) => ExtractResult;

export interface RebuildOptions {
  extract?: ExtractFn | undefined;
  /** An analyst's publication date; undefined keeps how the document was dated. */
  published?: string;
  /** A new or changed correction for this document, stored with the result. */
  rule?: CorrectionRule;
  /** More statements for the same batch (the audit entry of the change). */
  also?: BatchItem<'sqlite'>[];
  /** Compute the report only. */
  dryRun?: boolean;
}

export interface RebuildReport {
  documentId: number;
  title: string | null;
  published: { before: string | null; after: string | null };
  figures: FigureDiff;
  corrections: { matched: number; restored: number; rejected: number };
}

/** Null when there is no such document. */
export async function rebuildDocument(db: Orm, documentId: number, options: RebuildOptions = {}): Promise<RebuildReport | null> {
  const [doc] = await db
    .select({ text: documents.text, title: documents.title, published: documents.published, source: documents.publishedSource })
    .from(documents)
    .where(eq(documents.id, documentId));
  if (!doc) return null;
  const [stored, storedRules, filing] = await Promise.all([listDocumentFigures(db, documentId), loadRules(db, documentId), loadFiling(db)]);
  const keyFor = filer(GAZETTEER, filing);
  const rules = options.rule
    ? [...storedRules.filter((r) => keyOf(r) !== keyOf(options.rule!)), options.rule]
    : storedRules;

  // A date from a manifest or an analyst is kept; one read from the text is read again.
  const published = options.published ?? (doc.source === 'manifest' ? doc.published : null);
  const result = (options.extract ?? defaultExtract)(doc.text, { published });
  const applied = applyCorrections(result.figures, rules);
  const report: RebuildReport = {
    documentId,
    title: doc.title,
    published: { before: doc.published, after: result.published },
    // Stored figures carry their canonical series; compare like with like.
    figures: diffFigures(stored, applied.figures.map((f) => ({ ...f, series: keyFor(f).id }))),
    corrections: { matched: applied.matched, restored: applied.restored, rejected: applied.rejected },
  };
  if (options.dryRun) return report;

  const statements: BatchItem<'sqlite'>[] = [
    ...(options.also ?? []),
    db.update(documents).set({ published: result.published, publishedSource: result.publishedSource }).where(eq(documents.id, documentId)),
    db.delete(figures).where(eq(figures.documentId, documentId)),
    ...figureStatements(db, documentId, applied.figures, keyFor),
    ...applied.rules.map((r) => saveRule(db, documentId, r)),
    ...dropEmptySeries(db, [...new Set(stored.map((f) => f.series))]),
    bumpDataVersion(db),
  ];
  const [first, ...rest] = statements;
  await db.batch([first!, ...rest]);
  return report;
}

/**
 * Series the document's figures left and nothing else fills (a corrected subject, a merge): an
 * empty series would still be listed, with no points.
 */
export function dropEmptySeries(db: Orm, ids: readonly string[]): BatchItem<'sqlite'>[] {
  const out: BatchItem<'sqlite'>[] = [];
  // D1 binds at most 100 parameters a statement. Written out qualified: drizzle leaves columns
  // unqualified in a one-table subquery, where "id" would bind to the figure's id.
  for (let i = 0; i < ids.length; i += 90) {
    const some = ids.slice(i, i + 90);
    out.push(db.delete(series).where(and(inArray(series.id, some), sql`NOT EXISTS (SELECT 1 FROM figures AS f WHERE f.series_id = "series"."id")`)));
  }
  return out;
}
