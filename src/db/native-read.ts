// The Node server's reads of a libSQL FILE through the native `libsql` driver: the engine
// @libsql/client itself runs for `file:` URLs (it wraps this very package), on the same file and
// WAL, as a second connection that only reads. Why: the client prepares every statement it is sent
// anew and hands rows over through its own objects; a series read that misses the cache spent about
// a quarter of its time preparing its one statement, and a CSV export prepares one per 400 rows.
// Here each query shape (src/db/repo/read-path.ts) is written by drizzle and prepared once, then run
// with new values. sqld, Turso and D1 keep the drizzle path; writes never come here.
import Database from 'libsql';
import { fillPlaceholders, sql, type SQL } from 'drizzle-orm';
import { SQLiteAsyncDialect } from 'drizzle-orm/sqlite-core';
import type { Orm } from './orm';
import { ormReads, type ReadPath, type ReadQuery } from './repo/read-path';

/** As src/db/client.ts waits for a busy file (a checkpoint, a schema change): 5 s. */
const BUSY_TIMEOUT_MS = 5000;

interface Prepared {
  statement: Database.Statement;
  params: unknown[];
}

export interface NativeReads extends ReadPath {
  close(): void;
}

/** The native path without the drizzle database beside it: what a thread that only reads needs. */
export type NativeStatements = Omit<NativeReads, 'db'>;

/** Native reads of the file at `path`, beside `db` (the client on the same file, for the rest). */
export function nativeReads(db: Orm, path: string): NativeReads {
  return { db, ...nativeStatements(path) };
}

/** A read-only native connection to the file at `path`, each query shape prepared once. */
export function nativeStatements(path: string): NativeStatements {
  const connection = new Database(path, { timeout: BUSY_TIMEOUT_MS });
  connection.exec(`PRAGMA busy_timeout = ${BUSY_TIMEOUT_MS}`);
  // A reader by construction: a statement that tried to write would fail here, not change data.
  connection.exec('PRAGMA query_only = ON');
  const dialect = new SQLiteAsyncDialect();
  const shapes = new Map<string, Prepared>();
  const prepare = (query: SQL): Prepared => {
    const written = dialect.sqlToQuery(query);
    const statement = connection.prepare(written.sql);
    statement.raw(true);
    return { statement, params: written.params };
  };
  return {
    blobs: true,
    largeValues: true,
    async values<T extends unknown[]>(query: ReadQuery): Promise<T[]> {
      let prepared = query.shape === null ? undefined : shapes.get(query.shape);
      if (!prepared) {
        prepared = prepare(query.build(asPlaceholder));
        if (query.shape !== null) shapes.set(query.shape, prepared);
      }
      return prepared.statement.all(fillPlaceholders(prepared.params, query.args)) as T[];
    },
    close: () => connection.close(),
  };
}

const asPlaceholder = (name: string) => sql.placeholder(name);

/** The Node server's read path: native on a file, through drizzle on a server or in memory. */
export function readPathOf(database: { db: Orm; path: string | null }): NativeReads {
  return database.path ? nativeReads(database.db, database.path) : { ...ormReads(database.db), close() {} };
}
