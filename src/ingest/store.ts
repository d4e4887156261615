// The bulk writer: many extracted documents stored in ONE write transaction (BEGIN IMMEDIATE),
// through a bulk writer (src/ingest/writer.ts: a file through the native driver, sqld/Turso over
// Hrana; the same statements, a few round trips per transaction on a server). A transaction is
// all or nothing, so a process killed at any moment leaves whole documents only; the next run skips
// what is stored (by content hash) and stores the rest.
//
// Inside the write lock nobody else can insert, so the writer reads the next free ids first and
// writes every row with its id: derivedFrom (indices into a document's figures) becomes figure ids
// before the rows are written, with no UPDATE after them, and no statement has to look a document
// up by its hash. (The one-document path, src/ingest/index.ts, is a D1 batch and cannot read
// inside its transaction; both write the rows src/ingest/rows.ts builds.)
import type { Client, InStatement, InValue } from '@libsql/client';
import { documents, entities, figures, series } from '../db/schema';
import type { ExtractResult, Figure } from '../extract/types';
import type { SeriesKey } from '../series/key';
import type { IngestInput } from './index';
import { chunk, documentRow, figureRow, uniqueEntities, uniqueSeries, type DocumentRow, type EntityRow, type FigureRow, type SeriesRow } from './rows';
import { inserter } from './insert-sql';
import { clientRows, type BulkWriter, type WriteTx } from './writer';

export interface Extracted {
  input: IngestInput;
  hash: string;
  result: ExtractResult;
}

export interface Stored {
  hash: string;
  created: boolean;
  documentId: number;
  /** Figures stored for this document (0 when it was already present). */
  figures: number;
}

// Documents and series: one statement each per transaction, as each further one would be a new
// full-text segment (their FTS5 triggers; src/ingest/insert-sql.ts says why).
const insertDocuments = inserter<DocumentRow & { id: number }>(documents, 'fail', { fewestStatements: true });
const insertEntities = inserter<EntityRow>(entities, 'ignore');
const insertSeries = inserter<SeriesRow>(series, 'ignore', { fewestStatements: true });
const insertFigures = inserter<FigureRow<number> & { id: number }>(figures);

// The next id of an AUTOINCREMENT table: past both the highest row and the highest id ever used,
// so a deleted document's id (which the audit still names) is never given to another.
const nextIds = `SELECT
  max(coalesce((SELECT seq FROM sqlite_sequence WHERE name = 'documents'), 0), coalesce((SELECT max(id) FROM documents), 0)),
  max(coalesce((SELECT seq FROM sqlite_sequence WHERE name = 'figures'), 0), coalesce((SELECT max(id) FROM figures), 0))`;

const HASHES_PER_LOOKUP = 500;

/** The stored ids of those hashes that are present, outside any transaction (to skip work early). */
export function presentHashes(client: Pick<Client, 'execute'>, hashes: readonly string[]): Promise<Map<string, number>> {
  return findHashes(clientRows(client), hashes);
}

async function findHashes(rows: WriteTx['rows'], hashes: readonly string[]): Promise<Map<string, number>> {
  const found = new Map<string, number>();
  for (const part of chunk(hashes, HASHES_PER_LOOKUP)) {
    if (!part.length) continue;
    for (const r of await rows(`SELECT hash, id FROM documents WHERE hash IN (${part.map(() => '?').join(',')})`, part as InValue[])) {
      found.set(String(r[0]), Number(r[1]));
    }
  }
  return found;
}

/**
 * A group of documents with each figure's series decided: what a write transaction takes. Filing
 * reads the analysts' rules and runs the caller's entity index, so it happens where those live
 * (the batch's thread); the rest, a plain value, can cross to the writer thread
 * (src/ingest/writer-thread.ts) as it is.
 */
export interface FiledGroup {
  documents: FiledDocument[];
  /** The group's series, each once (one message carries each key once, not once per figure). */
  keys: SeriesKey[];
}

export interface FiledDocument extends Extracted {
  /** For each figure, the index of its series in FiledGroup.keys. */
  keyOf: number[];
}

export interface StoreOptions {
  ingestedAt: string;
  bumpVersion: InStatement;
}

/** Files every figure of `docs` under its series (keyFor), each series listed once. */
export function fileDocuments(docs: readonly Extracted[], keyFor: (f: Figure) => SeriesKey): FiledGroup {
  const keys: SeriesKey[] = [];
  const indexOf = new Map<string, number>();
  const documents = docs.map((doc): FiledDocument => {
    const keyOf = doc.result.figures.map((f) => {
      const key = keyFor(f);
      let i = indexOf.get(key.id);
      if (i === undefined) {
        indexOf.set(key.id, (i = keys.length));
        keys.push(key);
      }
      return i;
    });
    return { ...doc, keyOf };
  });
  return { documents, keys };
}

export function storeDocuments(writer: BulkWriter, docs: readonly Extracted[], options: StoreOptions & { keyFor: (f: Figure) => SeriesKey }): Promise<Stored[]> {
  return storeFiled(writer, fileDocuments(docs, options.keyFor), options);
}

/** Stores a filed group in one write transaction: every document of it that is not stored yet, whole. */
export function storeFiled(writer: BulkWriter, group: FiledGroup, options: StoreOptions): Promise<Stored[]> {
  const docs = group.documents;
  return writer.transaction(async (tx) => {
    // Asked together: over HTTP both go in one request, with the BEGIN.
    const [present, [ids]] = await Promise.all([findHashes(tx.rows, docs.map((d) => d.hash)), tx.rows(nextIds)]);
    let documentId = Number(ids?.[0] ?? 0);
    let figureId = Number(ids?.[1] ?? 0);

    const out: Stored[] = [];
    const documentRows: (DocumentRow & { id: number })[] = [];
    const figureRows: (FigureRow<number> & { id: number })[] = [];
    const used: SeriesKey[] = [];
    for (const doc of docs) {
      const already = present.get(doc.hash);
      if (already !== undefined) {
        out.push({ hash: doc.hash, created: false, documentId: already, figures: 0 });
        continue;
      }
      const id = ++documentId;
      present.set(doc.hash, id); // the same text twice in one transaction is one document
      documentRows.push({ id, ...documentRow(doc.input, doc.result, doc.hash, options.ingestedAt) });
      const first = figureId + 1;
      doc.result.figures.forEach((f, ordinal) => {
        const key = group.keys[doc.keyOf[ordinal]!]!;
        used.push(key);
        // The shared row, completed in place with its id and derivedFrom as ids (no copy per figure).
        const row = figureRow(f, key, ordinal, id) as FigureRow<number> & { id: number };
        row.id = ++figureId;
        row.derivedFrom = f.derivedFrom.map((i) => first + i);
        figureRows.push(row);
      });
      out.push({ hash: doc.hash, created: true, documentId: id, figures: doc.result.figures.length });
    }
    if (documentRows.length) {
      await tx.run([
        ...insertEntities.statements(uniqueEntities(used), writer.rowsAs),
        ...insertSeries.statements(uniqueSeries(used), writer.rowsAs),
        ...insertDocuments.statements(documentRows, writer.rowsAs),
        ...insertFigures.statements(figureRows, writer.rowsAs),
        options.bumpVersion,
      ]);
    }
    return out;
  });
}
