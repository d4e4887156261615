// Opens the database named by the configuration, on Node: the embedded libSQL file by default,
// a `file:` URL, or a libSQL server (sqld, Turso) over http(s):// or libsql://.
// The Worker does not use this file; it wraps its D1 binding with drizzle-orm/d1 (src/worker.ts).
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createClient, type Client, type TransactionMode } from '@libsql/client';
import { drizzle } from 'drizzle-orm/libsql';
import type { Config } from '../config';
import type { Orm } from './orm';
import * as schema from './schema';

/**
 * The folder holding src/db/migrations, looked for upwards from this module: src/db when run from
 * source, node_modules/.cache/flowline when run from a CLI bundle (scripts/bundle-cli.mjs).
 */
export const PROJECT_ROOT = findRoot(dirname(fileURLToPath(import.meta.url)));

function findRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(resolve(dir, 'src/db/migrations'))) return dir;
    if (dirname(dir) === dir) return resolve(from, '../..');
  }
}
export const DEFAULT_DB_PATH = resolve(PROJECT_ROOT, 'data/flowline.db');

export type Engine = 'file' | 'sqld';

export interface Database {
  db: Orm;
  client: Client;
  engine: Engine;
  /** Where the data lives, for log lines (never includes the auth token). */
  location: string;
  /** The file's path on the embedded engine (the bulk writer opens it natively); null on a server or in memory. */
  path: string | null;
  /** The server's URL and token (the bulk writer speaks Hrana to it itself); null for a file. */
  server: { url: string; authToken: string | null } | null;
  close(): void;
}

/**
 * The path a `file:` URL names, read as @libsql/client reads it (`file:rel.db`, `file:/abs.db`,
 * `file:///abs.db`; query and fragment dropped, %-escapes decoded); null for an in-memory database.
 */
export function filePathOf(url: string): string | null {
  const m = /^file:(?:\/\/[^/?#]*)?([^?#]*)/i.exec(url);
  let path = m?.[1] ?? '';
  try {
    path = decodeURIComponent(path);
  } catch {
    // A stray '%' is taken as it is written.
  }
  return path === '' || path.startsWith(':memory:') || /[?&]mode=memory\b/.test(url) ? null : path;
}

export async function openDatabase(
  config: Pick<Config, 'databaseUrl' | 'databaseAuthToken'>,
): Promise<Database> {
  const url = config.databaseUrl ?? `file:${DEFAULT_DB_PATH}`;
  const remote = /^(https?|libsql|wss?):\/\//i.test(url);
  if (!remote && !url.startsWith('file:')) {
    throw new Error(
      `DATABASE_URL "${url}" is not understood: use file:PATH, http(s)://HOST:PORT or libsql://HOST, or unset it for data/flowline.db.`,
    );
  }
  const path = remote ? null : filePathOf(url);
  if (path) mkdirSync(dirname(resolve(path)), { recursive: true });
  const client = createClient({
    url,
    ...(config.databaseAuthToken ? { authToken: config.databaseAuthToken } : {}),
    // The client keeps a pool of connections to a file and opens more under concurrent requests;
    // the PRAGMA below reaches only the first, so every connection gets the busy timeout here.
    ...(remote ? {} : { timeout: 5000 }),
  });
  if (!remote) {
    // A reader or a second ingest holding the file should make writers wait, not fail at once;
    // WAL lets readers and one writer work side by side.
    await client.execute('PRAGMA busy_timeout = 5000');
    await client.execute('PRAGMA journal_mode = WAL');
    // In WAL mode NORMAL still survives a crashed or killed process; only a power cut can lose
    // the last commits. It saves an fsync per ingest.
    await client.execute('PRAGMA synchronous = NORMAL');
  }
  await client.execute('PRAGMA foreign_keys = ON');
  const db = drizzle(batchesAsWriters(client), { schema }) as unknown as Orm;
  return {
    db,
    client,
    engine: remote ? 'sqld' : 'file',
    location: remote ? url.replace(/\/\/[^@/]*@/, '//') : url,
    path,
    server: remote ? { url, authToken: config.databaseAuthToken ?? null } : null,
    close: () => client.close(),
  };
}

/**
 * The client drizzle runs on, with every batch a write transaction (BEGIN IMMEDIATE). drizzle's
 * batch asks for the client's default, a deferred transaction, and all our batches write after
 * reading (INSERT … SELECT, the document id looked up by hash): a deferred transaction that has
 * read cannot become the writer while another writer holds the lock, so SQLite answers SQLITE_BUSY
 * at once instead of waiting its turn. sqld did, under two saves at the same moment.
 */
function batchesAsWriters(client: Client): Client {
  return new Proxy(client, {
    get(target, property) {
      if (property === 'batch') return (statements: Parameters<Client['batch']>[0], mode: TransactionMode = 'write') => target.batch(statements, mode);
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}
