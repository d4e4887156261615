// What every request carries: the database, the write token, the limits. Set per request by
// src/app.ts from the runtime's entry (Node: one client; Worker: its D1 binding).
import type { Context } from 'hono';
import type { Orm } from '../db/orm';
import type { ReadPath } from '../db/repo/read-path';
import type { ExtractOptions, ExtractResult } from '../extract/types';
import type { CspHashes } from './security';
import type { SeriesAnswers } from './series-answer';
import type { DataVersion } from './version';

export interface RequestDeps {
  db: Orm;
  /** The path of the hot reads (CSV, series points); absent: through `db` (src/db/repo/read-path.ts). */
  reads?: ReadPath;
  /** Who writes a series' answer from its points' texts; absent: this thread, from `reads` (src/api/series-answer.ts). */
  seriesAnswers?: SeriesAnswers;
  /** Bearer token that allows writes; null turns writes off. */
  token: string | null;
  /** Overrides AppOptions.maxBodyBytes (the Worker reads it from its vars per request). */
  maxBodyBytes?: number;
}

export interface AppOptions {
  /** Resolves the per-request dependencies (cheap: called on every request). */
  deps(c: Context): RequestDeps | Promise<RequestDeps>;
  /** Largest accepted request body in bytes (default 5 MB). */
  maxBodyBytes?: number;
  /** Replace the extractor (tests). */
  extract?: (text: string, options?: ExtractOptions) => ExtractResult;
  /** Hashes of inline blocks in the dashboard's index.html that the CSP must allow. */
  csp?: CspHashes | Promise<CspHashes>;
  /**
   * How long a reading of the data version may be reused (ms, default 0 = read on every request).
   * Only for one database per app (the Node entry); writes through the app reset it at once.
   */
  versionTtlMs?: number;
}

export type AppEnv = {
  Bindings: Record<string, unknown>;
  Variables: RequestDeps & {
    reads: ReadPath;
    seriesAnswers: SeriesAnswers | undefined;
    maxBodyBytes: number;
    extract: AppOptions['extract'];
    version: DataVersion;
    /** A JSON answer as the route wrote it (jsonAnswer in cache.ts): its Response, bytes and headers, for the response cache. */
    answer: { response: Response; bytes: Uint8Array<ArrayBuffer>; replay: Record<string, string> } | undefined;
    /** ETag and Cache-Control of a cached read route's answer (set by cached() in cache.ts). */
    cacheHeaders: Record<string, string> | undefined;
    /** The data version a cached read route answers for (set by cached() in cache.ts). */
    dataVersion: number;
    /** The name of the write token a request came with (set by requireToken), for the audit. */
    tokenName: string;
    /** The secure headers of every response (see security.ts), for responses built by hand. */
    securityHeaders: [string, string][];
  };
};
