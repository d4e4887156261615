// Ingest one article: extract its figures and store document, series and figures in ONE batch,
// so a crash or a concurrent reader never sees a document without its figures. Idempotent by the
// text's sha-256: the same text twice adds nothing. Runs on libSQL and D1 alike (no node: imports).
import { and, eq, ne, sql, type SQL } from 'drizzle-orm';
import type { BatchItem } from 'drizzle-orm/batch';
import { extract as defaultExtract } from '../extract';
import type { ExtractOptions, ExtractResult, Figure } from '../extract/types';
import type { Orm } from '../db/orm';
import { findDocumentIdByHash } from '../db/repo/documents';
import { bumpDataVersion } from '../db/repo/meta';
import { documents, entities, figures, series } from '../db/schema';
import type { EntityIndex } from '../series/entities';
import { GAZETTEER } from '../series/gazetteer';
import { seriesKey, type SeriesKey } from '../series/key';
import { filer } from '../curation/filing';
import { loadFiling } from '../curation/filing-store';
import { EARLIEST_PUBLISHED, publishedOutOfRange } from '../input/published';
import { sha256Hex } from './hash';
import { chunk, documentRow, figureRow, uniqueEntities, uniqueSeries } from './rows';

export interface IngestInput {
  text: string;
  title?: string | null;
  source?: string | null;
  url?: string | null;
  /** YYYY-MM-DD from a manifest or the request; else the extractor looks for a dateline. */
  published?: string | null;
}

export interface IngestOutcome {
  created: boolean;
  documentId: number;
  /** Figures stored for this document (0 when it was already present). */
  figures: number;
  hash: string;
}

/** An article that must not be stored as it is; the message says why and what to do. */
export class IngestRefused extends Error {
  override name = 'IngestRefused';
}

export interface IngestOptions {
  extract?: (text: string, options?: ExtractOptions) => ExtractResult;
  now?: () => Date;
  /** Entities to file figures under; data/gazetteer.json by default. */
  entities?: EntityIndex;
}

// D1 allows at most 100 bound parameters per statement; a figure row binds 23 plus the hash, a
// series row 6, an entity row 5.
const FIGURE_ROWS_PER_INSERT = 4;
const SERIES_ROWS_PER_INSERT = 16;
const ENTITY_ROWS_PER_INSERT = 20;

export async function ingestDocument(db: Orm, input: IngestInput, options: IngestOptions = {}): Promise<IngestOutcome> {
  const hash = await sha256Hex(input.text);
  const existing = await findDocumentIdByHash(db, hash);
  if (existing !== null) return { created: false, documentId: existing, figures: 0, hash };

  const run = options.extract ?? defaultExtract;
  const result = run(input.text, { published: input.published ?? null });
  refuseBadDateline(result);
  const documentId = sql<number>`(SELECT id FROM ${documents} WHERE ${documents.hash} = ${hash})`;
  const keyFor = filer(options.entities ?? GAZETTEER, await loadFiling(db));

  const statements: BatchItem<'sqlite'>[] = [
    db
      .insert(documents)
      .values(documentRow(input, result, hash, (options.now?.() ?? new Date()).toISOString()))
      .onConflictDoNothing()
      .returning({ id: documents.id }),
    ...figureStatements(db, documentId, result.figures, keyFor),
    bumpDataVersion(db),
  ];
  const [first, ...rest] = statements;
  // The first statement is the document insert; its RETURNING rows say whether it was new.
  const [inserted] = (await db.batch([first!, ...rest])) as unknown as [{ id: number }[]];
  const id = inserted[0]?.id;
  if (id === undefined) {
    // Another writer stored the same text between our check and our batch: theirs stands.
    const theirs = await findDocumentIdByHash(db, hash);
    if (theirs === null) throw new Error('ingest: the document is neither new nor present; the database refused it silently');
    return { created: false, documentId: theirs, figures: 0, hash };
  }
  return { created: true, documentId: id, figures: result.figures.length, hash };
}

/**
 * A date given by the sender was checked before; one read from a dateline is checked here, since
 * a typo there (2071) would date every relative time word just the same. POST /api/preview
 * runs it too, so nothing previews well and then fails to save.
 */
export function refuseBadDateline(result: ExtractResult): void {
  const read = result.publishedSource === 'manifest' ? null : result.published;
  if (read !== null && publishedOutOfRange(read) !== null) {
    const what = read < EARLIEST_PUBLISHED ? 'before 1900' : 'in the future';
    throw new IngestRefused(`the article's dateline reads as ${read}, ${what}; send the right date as "published" (it takes precedence over the dateline)`);
  }
}

/**
 * The statements that store a document's figures (its series first, then the rows, then derivedFrom
 * turned from indices into ids), for a batch that also writes the document. Shared by ingest and by
 * re-extraction (src/curation), which deletes the old rows in the same batch.
 */
export function figureStatements(
  db: Orm,
  documentId: number | SQL<number>,
  list: readonly Figure[],
  keyFor: (f: Figure) => SeriesKey = (f) => seriesKey(GAZETTEER, f),
): BatchItem<'sqlite'>[] {
  // Filing is a pure function of the figure, the gazetteer and the analysts' filing rules, so
  // concurrent ingests agree on it.
  const keys = list.map(keyFor);
  const statements: BatchItem<'sqlite'>[] = [
    ...chunk(uniqueEntities(keys), ENTITY_ROWS_PER_INSERT).map((rows) => db.insert(entities).values(rows).onConflictDoNothing()),
    ...chunk(uniqueSeries(keys), SERIES_ROWS_PER_INSERT).map((rows) => db.insert(series).values(rows).onConflictDoNothing()),
    ...chunk(
      list.map((f, ordinal) => figureRow(f, keys[ordinal]!, ordinal, documentId)),
      FIGURE_ROWS_PER_INSERT,
    ).map((rows) => db.insert(figures).values(rows).onConflictDoNothing()),
  ];
  if (list.some((f) => f.derivedFrom.length > 0)) {
    // derivedFrom arrives as indices into the extract result (= ordinals); turn them into the
    // figure ids just assigned, inside the same batch.
    // (A query builder, not db.run(sql): D1's batch only takes prepared builder statements. The
    // names are written out qualified because drizzle leaves columns unqualified in an UPDATE,
    // where they would bind to the inner alias f2.)
    statements.push(
      db
        .update(figures)
        .set({
          derivedFrom: sql`(
            SELECT json_group_array(f2.id) FROM json_each(figures.derived_from) AS j
            JOIN figures AS f2 ON f2.document_id = figures.document_id AND f2.ordinal = j.value
          )`,
        })
        .where(and(eq(figures.documentId, documentId), ne(figures.derivedFrom, sql`'[]'`))),
    );
  }
  return statements;
}
