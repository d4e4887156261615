// The bulk writer's connection to a libSQL FILE, through the native `libsql` driver: the same
// engine @libsql/client itself runs for `file:` URLs (it wraps this very package), on the same
// file with the same WAL, locks and pragmas, so readers and other writers see no difference.
//
// Why not the client: it prepares every statement it is sent anew; the bulk writer sends a few
// statements of hundreds of rows each (up to 25 KB of SQL), of only a handful of shapes
// (src/ingest/insert-sql.ts), so here each shape is prepared once per connection and run again
// with new values. Measured on the ingest bench's rows: about 1.3× the client's speed on the SQL
// alone (README, Benchmarks). What is left is mostly SQLite's own work and the driver binding
// each value (0.2–0.7 µs a value): the FTS5 index of the text and the figures' indexes. Only the bulk writer uses it; the API and
// everything else keep the client (and the Worker its D1 binding).
import Database from 'libsql';
import type { InStatement, InValue } from '@libsql/client';

/** A write transaction's reads and writes, the same on every engine. */
export interface WriteTx {
  /** Rows as arrays of column values, in the order the query names them. */
  rows(sql: string, args?: readonly InValue[]): Promise<unknown[][]>;
  /** Runs the statements in order; the first failure throws (and the transaction rolls back). */
  run(statements: readonly InStatement[]): Promise<void>;
}

export interface BulkWriter {
  /**
   * How multi-row INSERTs should reach this connection (src/ingest/insert-sql.ts): every value
   * bound ('values': cheap in process) or the rows as one JSON text ('json': over HTTP, where each
   * bound value is an object the server parses).
   */
  readonly rowsAs: 'values' | 'json';
  /** `work` inside BEGIN IMMEDIATE … COMMIT: all of it is stored, or (on a throw) none of it. */
  transaction<T>(work: (tx: WriteTx) => Promise<T>): Promise<T>;
  /**
   * Copies the WAL's committed pages into the file now, never waiting for a reader (a file only;
   * a no-op elsewhere): a writer thread does it between groups, so that little is left for
   * close() once the batch's thread has nothing else to do.
   */
  checkpoint?(): void;
  close(): void;
}

/** As src/db/client.ts waits for a busy file: another writer gets 5 s to let go. */
const BUSY_TIMEOUT_MS = 5000;
const CHECKPOINT_PAGES = 10_000;

export function nativeWriter(path: string): BulkWriter {
  const db = new Database(path, { timeout: BUSY_TIMEOUT_MS });
  db.exec(`PRAGMA busy_timeout = ${BUSY_TIMEOUT_MS}`);
  // The settings src/db/client.ts gives its connections (WAL is a property of the file, already
  // set by the client that migrated it; synchronous and foreign keys are per connection).
  db.exec('PRAGMA journal_mode = WAL');
  db.exec('PRAGMA synchronous = NORMAL');
  db.exec('PRAGMA foreign_keys = ON');
  // SQLite copies the WAL back into the file every 1,000 pages (4 MB) by default: in a bulk run
  // that copies the pages every transaction touches (the indexes' inner pages, the tables' last
  // pages) again and again. Every 10,000 pages copies each of them once per 40 MB written; close()
  // copies the rest, so readers are not left with a long WAL.
  db.exec(`PRAGMA wal_autocheckpoint = ${CHECKPOINT_PAGES}`);
  const prepared = new Map<string, Database.Statement>();
  const statement = (sql: string) => {
    let s = prepared.get(sql);
    if (!s) prepared.set(sql, (s = db.prepare(sql)));
    return s;
  };
  // PASSIVE: copies what no reader still needs and never waits for anyone.
  const checkpoint = () => void db.exec('PRAGMA wal_checkpoint(PASSIVE)');
  const argsOf = (s: InStatement): unknown[] => (typeof s === 'string' ? [] : ((s.args ?? []) as unknown[]));

  const tx: WriteTx = {
    async rows(sql, args = []) {
      return statement(sql).raw(true).all(args as unknown[]) as unknown[][];
    },
    async run(statements) {
      for (const s of statements) statement(typeof s === 'string' ? s : s.sql).run(argsOf(s));
    },
  };

  return {
    rowsAs: 'values',
    async transaction(work) {
      db.exec('BEGIN IMMEDIATE');
      try {
        const result = await work(tx);
        db.exec('COMMIT');
        return result;
      } catch (error) {
        // A failed COMMIT (a full disk) may have ended the transaction already.
        if (db.inTransaction) db.exec('ROLLBACK');
        throw error;
      }
    },
    checkpoint,
    close() {
      try {
        if (db.open) checkpoint();
      } finally {
        db.close();
      }
    },
  };
}
