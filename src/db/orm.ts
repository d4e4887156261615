// The one database type the repository, the ingest library and the API are written against.
// Both drizzle-orm/libsql (embedded file, sqld, Turso) and drizzle-orm/d1 (Cloudflare) produce an
// async SQLite database with `batch`; nothing here may assume one of them, because D1 has no
// interactive transactions: every multi-statement write goes through `batch`.
import type { BatchItem, BatchResponse } from 'drizzle-orm/batch';
import type { BaseSQLiteDatabase } from 'drizzle-orm/sqlite-core';
import type * as schema from './schema';

export type Schema = typeof schema;

export type Orm = BaseSQLiteDatabase<'async', any, Schema> & {
  batch<U extends BatchItem<'sqlite'>, T extends Readonly<[U, ...U[]]>>(batch: T): Promise<BatchResponse<T>>;
};
