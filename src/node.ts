// The Node entry: the shared app plus the built dashboard (dist/public) on @hono/node-server.
// Only adapts: the database is opened by the caller (scripts/start.ts, tests).
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { serve, type ServerType } from '@hono/node-server';
import { serveStatic } from '@hono/node-server/serve-static';
import { createApp } from './app';
import type { Config } from './config';
import { PROJECT_ROOT } from './db/client';
import type { Orm } from './db/orm';
import type { AppOptions } from './api/env';
import { inlineHashes } from './api/inline-hashes';

export const PUBLIC_DIR = resolve(PROJECT_ROOT, 'dist/public');

export function createNodeApp(db: Orm, config: Pick<Config, 'token' | 'maxBodyBytes'>, extra: Partial<AppOptions> = {}) {
  const app = createApp({
    deps: () => ({ db, token: config.token }),
    maxBodyBytes: config.maxBodyBytes,
    csp: dashboardHashes(),
    // One database per process here: reuse a version reading for 1 s (see src/api/version.ts).
    versionTtlMs: 1000,
    ...extra,
  });
  // Vite fingerprints asset names, so they may be cached for good; index.html must not be.
  app.use(
    '/assets/*',
    serveStatic({
      root: PUBLIC_DIR,
      onFound: (_path, c) => c.header('Cache-Control', 'public, max-age=31536000, immutable'),
    }),
  );
  app.use('/*', serveStatic({ root: PUBLIC_DIR, onFound: (_path, c) => c.header('Cache-Control', 'no-cache') }));
  return app;
}

/** Hashes of index.html's inline blocks, read once at start (the build does not change under us). */
function dashboardHashes() {
  const index = resolve(PUBLIC_DIR, 'index.html');
  return existsSync(index) ? inlineHashes(readFileSync(index, 'utf8')) : {};
}

/** Listens on 127.0.0.1/any host at `port` (0 = a free one) and resolves with the bound port. */
export function listen(app: ReturnType<typeof createNodeApp>, port: number, hostname?: string): Promise<{ server: ServerType; port: number }> {
  return new Promise((resolvePort, reject) => {
    const server = serve({ fetch: app.fetch, port, ...(hostname ? { hostname } : {}) }, (info) =>
      resolvePort({ server, port: info.port }),
    );
    server.once('error', reject);
  });
}
