// Ingest a batch of article files (a manifest or a file list, already checked by src/input).
// Node only (reads files). One bad file is a problem in the report; the rest still goes in.
//
// A pipeline of groups (GROUP_DOCUMENTS articles each): the files of the next groups are read,
// hashed and extracted while the group before them is stored in one transaction
// (src/ingest/store.ts) — on a writer thread of its own where a core is idle (writer-thread.ts),
// else in this thread between groups. Articles already stored are found by hash before they are
// extracted, so a run resumed after a crash only extracts what is missing.
import { availableParallelism } from 'node:os';
import type { Client } from '@libsql/client';
import type { Database } from '../db/client';
import { loadFiling } from '../curation/filing-store';
import { filer } from '../curation/filing';
import { explainDatabaseError, isLocked } from '../db/errors';
import type { Orm } from '../db/orm';
import { bumpDataVersion } from '../db/repo/meta';
import type { ExtractResult, Figure } from '../extract/types';
import { readArticle, type Batch, type InputProblem, type ManifestEntry } from '../input';
import { GAZETTEER } from '../series/gazetteer';
import type { SeriesKey } from '../series/key';
import { extractPool, type ExtractPool } from './extract-pool';
import { sha256HexSync } from './hash-node';
import { idleCores, threadsFor } from './idle-cores';
import { IngestRefused, refuseBadDateline, type IngestOptions } from './index';
import { fileDocuments, presentHashes, type Extracted } from './store';
import { openBulkWriter } from './writer';
import { writerHere, writerThread, type GroupWriter } from './writer-thread';

export interface BatchReport {
  documents: number;
  created: number;
  present: number;
  figures: number;
  problems: InputProblem[];
  seconds: number;
}

export type Progress = (done: number, total: number, file: string) => void;

export interface BatchOptions extends IngestOptions {
  onProgress?: Progress;
  /** Extraction threads; 0 extracts in this thread. Default: one per idle core but this thread's and a writer thread's, for batches worth it. */
  workers?: number;
  /** Documents per write transaction. */
  groupDocuments?: number;
  /**
   * Store on a thread of its own (a libSQL file only; src/ingest/writer-thread.ts), while this
   * thread extracts. Default: when a core sat idle beside this thread, for batches worth it.
   */
  writerThread?: boolean;
}

/**
 * Documents per write transaction. Each commit costs a WAL sync, the lock, the full-text index's
 * new segment (merged again and again with the others later) and the index pages it touched
 * written again; measured on the ingest bench's corpus (storing only, same run): 100 a transaction
 * stored ~18,000 figures per CPU-second, 500 ~27,000, 1,000 no better. Bigger groups hold the
 * write lock longer (a few hundred ms) and redo more after a crash, for nothing measurable.
 */
export const GROUP_DOCUMENTS = 500;
/**
 * Groups read and handed to the extraction workers before the one being written: with one, the
 * workers wait at every group's end while this thread finishes writing, reads the next files and
 * hands them over; with two, a group is always queued behind the one they are extracting.
 */
const GROUPS_AHEAD = 2;
/**
 * Groups extracted and waiting for a writer thread: more would only hold their memory (about
 * 5 MB a group of real-style news) when storing falls behind.
 */
const WRITES_AHEAD = 3;
/** Below this many files, starting worker threads (~0.1 s each) costs more than it saves. */
const WORKERS_FROM = 60;

/** A group read and extracted, with the filing its figures are to be stored under. */
interface Prepared {
  ready: Ready[];
  keyFor: (f: Figure) => SeriesKey;
}

interface Ready {
  entry: ManifestEntry;
  /** Null when the article was refused (its problem is in the report) or already stored. */
  doc: Extracted | null;
  present: number | null;
}

export async function ingestBatch(
  database: { db: Orm; client: Client } & Partial<Pick<Database, 'path' | 'server'>>,
  batch: Batch,
  options: BatchOptions = {},
): Promise<BatchReport> {
  const started = performance.now();
  const report: BatchReport = { documents: 0, created: 0, present: 0, figures: 0, problems: [...batch.problems], seconds: 0 };
  const total = batch.entries.length;
  const size = options.groupDocuments ?? GROUP_DOCUMENTS;
  const groups: ManifestEntry[][] = [];
  for (let i = 0; i < total; i += size) groups.push(batch.entries.slice(i, i + size));
  const { writer, pool } = await chooseThreads(database, options, total);
  const bumpVersion = bumpDataVersion(database.db).toSQL();
  let done = 0;
  const storeMs = writeTimes();

  const prepare = async (group: ManifestEntry[]): Promise<Prepared> => {
    const read = group.map((entry) => {
      const article = readArticle(entry.path, entry.file, { bytes: entry.bytes });
      entry.bytes = null; // read: let the batch's copy go
      if (!article.ok) {
        report.problems.push(article.problem);
        return null;
      }
      return { entry, text: article.text, hash: sha256HexSync(article.text) };
    });
    // The filing rules are read per group (an analyst may add one while a long batch runs), here
    // rather than when the group is stored, so that a group is handed to a writer thread the
    // moment it is extracted: waiting for the read then let this thread extract two more groups
    // first, and left the writer those to store at the end.
    const [present, filing] = await Promise.all([presentHashes(database.client, read.flatMap((r) => (r ? [r.hash] : []))), loadFiling(database.db)]);
    const keyFor = filer(options.entities ?? GAZETTEER, filing);
    const ready = await Promise.all(
      read.map(async (r, i): Promise<Ready> => {
        if (!r) return { entry: group[i]!, doc: null, present: null };
        const stored = present.get(r.hash);
        if (stored !== undefined) return { entry: r.entry, doc: null, present: stored };
        const { entry, text, hash } = r;
        let result: ExtractResult;
        try {
          result = await pool.extract(text, entry.published);
          refuseBadDateline(result);
        } catch (error) {
          const why = error instanceof IngestRefused ? error.message : `extraction failed: ${(error as Error).message}`;
          report.problems.push({ file: entry.file, message: `could not be stored: ${why}` });
          return { entry, doc: null, present: null };
        }
        const input = { text, title: entry.title, source: entry.source, url: entry.url, published: entry.published };
        return { entry, doc: { input, hash, result }, present: null };
      }),
    );
    return { ready, keyFor };
  };

  const store = async ({ ready, keyFor }: Prepared): Promise<void> => {
    const docs = ready.flatMap((r) => (r.doc ? [r.doc] : []));
    for (const r of ready) if (r.present !== null) count(false, 0);
    if (!docs.length) return;
    const write = (some: Extracted[]) =>
      writer.write(fileDocuments(some, keyFor), {
        ingestedAt: (options.now?.() ?? new Date()).toISOString(),
        bumpVersion: { sql: bumpVersion.sql, args: bumpVersion.params as never },
      });
    try {
      for (const s of await write(docs)) count(s.created, s.figures);
    } catch (error) {
      if (isLocked(error)) throw error;
      // One article the database refuses must not cost the 99 beside it: store them one by one.
      for (const r of ready) {
        if (!r.doc) continue;
        try {
          const [s] = await write([r.doc]);
          count(s!.created, s!.figures);
        } catch (single) {
          if (isLocked(single)) throw single;
          report.problems.push({ file: r.entry.file, message: `could not be stored: ${(single as Error).message}` });
        }
      }
    }
  };

  const count = (created: boolean, figures: number) => {
    report.documents++;
    if (created) report.created++;
    else report.present++;
    report.figures += figures;
  };

  let lockedOut = false;
  /** Writes a group; false when a lock stopped the batch (said once in the report). */
  const write = async (group: Prepared): Promise<boolean> => {
    const { ready } = group;
    // Writing in this thread, it answers no worker: hand them enough articles to last the write.
    if (!writer.threaded) pool.stockFor(storeMs.expected(ready.length));
    const storing = performance.now();
    try {
      await store(group);
    } catch (error) {
      if (!isLocked(error)) throw error;
      // Every later group would wait out the same lock and fail the same way: stop, say so once
      // (the groups already queued for a writer thread are refused the same way).
      if (lockedOut) return false;
      lockedOut = true;
      const left = total - done;
      report.problems.push({
        file: ready[0]!.entry.file,
        message: `could not be stored: ${explainDatabaseError(error, 'file') ?? (error as Error).message} (${left} file${left === 1 ? '' : 's'} not attempted, this one included)`,
      });
      return false;
    } finally {
      pool.stockFor(0);
    }
    storeMs.measured(performance.now() - storing, ready.length);
    done += ready.length;
    options.onProgress?.(done, total, ready[ready.length - 1]!.entry.file);
    return true;
  };

  const ahead: Promise<Prepared>[] = [];
  const writing: Promise<boolean>[] = [];
  try {
    let queued = 0;
    const refill = () => {
      while (ahead.length < GROUPS_AHEAD && queued < groups.length) {
        const group = prepare(groups[queued++]!);
        group.catch(() => undefined); // a failure surfaces where the group is awaited, not as an unhandled rejection
        ahead.push(group);
      }
    };
    refill();
    // Groups handed to the writer and not yet stored, in order. A writer thread takes the next
    // as soon as it is extracted (it writes them one after another) while this thread extracts
    // on; written here, one group is written at a time.
    const most = writer.threaded ? WRITES_AHEAD : 1;
    let stopped = false;
    for (let pending = ahead.shift(); pending && !stopped; pending = ahead.shift()) {
      // Waiting for the group to be extracted, this thread extracts too.
      const prepared = await pool.helpUntil(pending);
      while (writing.length >= most && !stopped) stopped = !(await writing.shift()!);
      if (stopped) break;
      const written = write(prepared);
      written.catch(() => undefined); // awaited in turn, here or below
      writing.push(written);
      // The next groups are handed to the workers once this one is on its way.
      refill();
    }
    while (writing.length && !stopped) stopped = !(await writing.shift()!);
  } finally {
    await Promise.all([...ahead, ...writing].map((p) => p.catch(() => undefined)));
    await writer.close();
    await pool.close();
  }
  options.onProgress?.(total, total, '');
  report.seconds = (performance.now() - started) / 1000;
  return report;
}

/** How long writing a group takes, per document, from the groups written so far (the latest weigh most). */
function writeTimes() {
  let perDocument = 0;
  return {
    measured(ms: number, documents: number) {
      if (documents) perDocument = perDocument ? (perDocument + ms / documents) / 2 : ms / documents;
    },
    // A quarter more than the average: a worker left with a few articles costs little, one run dry a core.
    expected: (documents: number) => perDocument * documents * 1.25,
  };
}

/**
 * The threads beside this one: one per core that sat idle over a short look at the start
 * (src/ingest/idle-cores.ts), none on a busy machine, where a thread's own start and warm-up come
 * out of the ingest's time slices and its neighbours' (under a load of 8-12 on two cores, one
 * thread alone stored the bench's corpus 1.1x faster, using 0.77x the CPU, than with an extraction
 * worker). On a file the first idle core stores (src/ingest/writer-thread.ts); the others extract,
 * each compiling the extractor again, which a few megabytes do not repay.
 */
async function chooseThreads(
  database: Pick<Database, 'client'> & Partial<Pick<Database, 'path' | 'server'>>,
  options: BatchOptions,
  files: number,
): Promise<{ writer: GroupWriter; pool: ExtractPool }> {
  const decided = options.writerThread !== undefined && (options.workers !== undefined || options.extract !== undefined);
  const free = files < WORKERS_FROM || decided ? 0 : threadsFor(await idleCores(), availableParallelism());
  const writer =
    (options.writerThread ?? free > 0) && database.path
      ? writerThread(database.path)
      : writerHere(openBulkWriter({ client: database.client, path: database.path ?? null, server: database.server ?? null }));
  if (options.extract) {
    const run = options.extract;
    return { writer, pool: extractPool(0, (text, published) => run(text, { published })) };
  }
  const workers = options.workers ?? Math.max(0, free - (writer.threaded ? 1 : 0));
  return { writer, pool: extractPool(workers) };
}

export function summarise(report: BatchReport): string {
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const failed = report.problems.length ? `, ${plural(report.problems.length, 'file')} refused` : '';
  return (
    `ingested ${plural(report.documents, 'document')} (${report.created} new, ${report.present} already present)` +
    `${failed}, ${plural(report.figures, 'figure')} in ${report.seconds.toFixed(1)} s`
  );
}
