// The Node entry: the shared app plus the built dashboard (dist/public) on @hono/node-server.
// Only adapts: the database is opened by the caller (scripts/start.ts, tests).
import { resolve } from 'node:path';
import { serve, type ServerType } from '@hono/node-server';
import { serveStatic } from '@hono/node-server/serve-static';
import { createApp } from './app';
import type { Config } from './config';
import { PROJECT_ROOT } from './db/client';
import type { Orm } from './db/orm';
import type { AppOptions } from './api/env';
import { inlineHashes } from './csp-hashes';

export const PUBLIC_DIR = resolve(PROJECT_ROOT, 'dist/public');

export function createNodeApp(db: Orm, config: Pick<Config, 'token' | 'maxBodyBytes'>, extra: Partial<AppOptions> = {}) {
  const app = createApp({
    deps: () => ({ db, token: config.token }),
    maxBodyBytes: config.maxBodyBytes,
    csp: inlineHashes(resolve(PUBLIC_DIR, 'index.html')),
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

/** Listens on 127.0.0.1/any host at `port` (0 = a free one) and resolves with the bound port. */
export function listen(app: ReturnType<typeof createNodeApp>, port: number, hostname?: string): Promise<{ server: ServerType; port: number }> {
  return new Promise((resolvePort, reject) => {
    const server = serve({ fetch: app.fetch, port, ...(hostname ? { hostname } : {}) }, (info) =>
      resolvePort({ server, port: info.port }),
    );
    server.once('error', reject);
  });
}
