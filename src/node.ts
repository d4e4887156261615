// The Node entry: the shared app plus the built dashboard (dist/public) on @hono/node-server.
// Only adapts: the database is opened by the caller (scripts/start.ts, tests).
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createServer, type RequestListener, type Server } from 'node:http';
import { getRequestListener } from '@hono/node-server';
import { createApp } from './app';
import type { Config } from './config';
import { PROJECT_ROOT } from './db/client';
import type { Orm } from './db/orm';
import type { ReadPath } from './db/repo/read-path';
import type { AppOptions } from './api/env';
import type { SeriesAnswers } from './api/series-answer';
import { inlineHashes } from './api/inline-hashes';
import { securityHeaderList } from './api/security';
import { staticFiles } from './static-files';

export const PUBLIC_DIR = resolve(PROJECT_ROOT, 'dist/public');

/**
 * `config.reads`: the file's native read path (src/db/native-read.ts: readPathOf); absent, reads go
 * through `db`. `config.seriesAnswers`: who writes a series' answer from its points' texts (the
 * file's series thread, src/api/series-thread.ts); absent, this thread from `reads`.
 * `config.publicDir`: where the built dashboard is (default dist/public).
 */
export function createNodeApp(
  db: Orm,
  config: Pick<Config, 'token' | 'maxBodyBytes'> & { reads?: ReadPath; seriesAnswers?: SeriesAnswers; publicDir?: string },
  extra: Partial<AppOptions> = {},
) {
  const publicDir = config.publicDir ?? PUBLIC_DIR;
  const deps = { db, token: config.token, ...(config.reads ? { reads: config.reads } : {}), ...(config.seriesAnswers ? { seriesAnswers: config.seriesAnswers } : {}) };
  const app = createApp({
    deps: () => deps,
    maxBodyBytes: config.maxBodyBytes,
    csp: dashboardHashes(publicDir),
    // One database per process here: reuse a version reading for 1 s (see src/api/version.ts).
    versionTtlMs: 1000,
    ...extra,
  });
  app.use('/*', staticFiles({ root: publicDir, cacheControl: dashboardCaching, pageHeaders: pageSecurityHeaders() }));
  return app;
}

/** Vite fingerprints asset names, so they may be cached for good; index.html must not be. */
function dashboardCaching(path: string): string {
  return path.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache';
}

/**
 * Hashes of index.html's inline blocks as it was at start, for the app's other answers. The page
 * itself carries the hashes of the inline blocks it holds (pageSecurityHeaders), so a rebuild
 * under a running server that changes them keeps the page styled.
 */
function dashboardHashes(publicDir: string) {
  const index = resolve(publicDir, 'index.html');
  return existsSync(index) ? inlineHashes(readFileSync(index, 'utf8')) : {};
}

/**
 * The security headers of a page, its CSP allowing the inline blocks of that very text. Worked
 * out again only when the page changes: index.html is small, and one build serves many visits.
 */
function pageSecurityHeaders(): (html: string) => Promise<[string, string][]> {
  let last: { html: string; headers: Promise<[string, string][]> } | null = null;
  return (html) => {
    if (last?.html !== html) last = { html, headers: inlineHashes(html).then(securityHeaderList) };
    return last.headers;
  };
}

/**
 * Listens on `port` (0 = a free one) and resolves with the bound port. Cached answers the app has
 * already served once are written straight from its cache (app.replayCached), skipping the request
 * and response objects of the framework: a cached series then costs about what a bare node:http
 * server does. Everything else goes through the app.
 */
export function listen(app: ReturnType<typeof createNodeApp>, port: number, hostname?: string): Promise<{ server: Server; port: number }> {
  const server = httpServer(requestListener(app));
  return new Promise((resolvePort, reject) => {
    server.once('error', reject);
    server.listen(port, hostname, () => {
      const address = server.address();
      resolvePort({ server, port: typeof address === 'object' && address ? address.port : port });
    });
  });
}

/**
 * A node:http server as flowline runs it. Idle keep-alive connections are closed after a minute,
 * not Node's 5 s: a client reusing a connection just as the server closes it gets a reset ("other
 * side closed"), and clients time their own idle limit from the server's Keep-Alive hint, so a
 * client whose timers run late (a busy browser tab, a loaded machine) met that reset within
 * seconds. headersTimeout must exceed it.
 */
export function httpServer(listener: RequestListener): Server {
  const server = createServer(listener);
  server.keepAliveTimeout = 60_000;
  server.headersTimeout = 61_000;
  return server;
}

/** The app as a node:http request listener (for a server that was listening before the app was ready). */
export function requestListener(app: ReturnType<typeof createNodeApp>): RequestListener {
  const handle = getRequestListener(app.fetch);
  return (req, res) => {
    const replay = app.replayCached(req.method ?? 'GET', req.url ?? '/', req.headers['if-none-match']);
    if (!replay) return void handle(req, res);
    res.writeHead(replay.status, replay.body ? { ...replay.headers, 'content-length': replay.body.byteLength } : replay.headers);
    res.end(replay.body ?? undefined);
  };
}
