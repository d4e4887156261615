// The reads that many rows or many requests depend on (CSV chunks, a series' points), written once
// against this interface and run by whichever path the engine has: through drizzle on every engine
// (sqld, D1, a file), or on a libSQL file through a native connection with each statement prepared
// once (src/db/native-read.ts), which is what the Node server uses for its file.
//
// A query names its shape (the same shape, the same SQL) and refers to its values only through
// `arg`: the drizzle path binds the values themselves, the native path writes placeholders once and
// fills them on every run.
import type { SQL } from 'drizzle-orm';
import type { Orm } from '../orm';

export type ReadArgs = Record<string, string | number | null>;

/** A value of the query: its placeholder (prepared once) or the value itself (bound each time). */
export type Arg = (name: string) => unknown;

export interface ReadQuery {
  /** Names the SQL `build` writes; null when it is not worth keeping (e.g. lists of any length). */
  shape: string | null;
  args: ReadArgs;
  build: (arg: Arg) => SQL;
}

export interface ReadPath {
  /** The query's rows as arrays of column values, in the order it selects them. */
  values<T extends unknown[]>(query: ReadQuery): Promise<T[]>;
  /** Whether a BLOB comes back as bytes (Uint8Array), so text cast to one is never a JavaScript string. */
  readonly blobs: boolean;
  /**
   * Whether one value may be as large as SQLite allows (D1 refuses a string over 2 MB), so many
   * rows may come back aggregated into one: a driver that costs microseconds per row then pays once.
   */
  readonly largeValues: boolean;
  /** The drizzle database, for everything that is not on this path. */
  readonly db: Orm;
}

/** Through drizzle: the same on a file, sqld and D1 (each query written anew with its values). */
export function ormReads(db: Orm): ReadPath {
  return {
    db,
    // The libSQL client gives a BLOB as an ArrayBuffer, D1 as an array of numbers: text stays text.
    blobs: false,
    largeValues: false,
    values: <T extends unknown[]>(query: ReadQuery) => db.values<T>(query.build((name) => query.args[name])) as Promise<T[]>,
  };
}
