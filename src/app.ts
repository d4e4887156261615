// The flowline HTTP app, built once for every runtime. No runtime imports here (no node:, no
// @libsql): each entry (src/node.ts, src/worker.ts) passes how to reach the database per request.
import { Hono } from 'hono';
import { methodNotAllowed } from 'hono/method-not-allowed';
import { ResponseCache } from './api/cache';
import { compareRoutes } from './api/compare';
import { documentsRoutes } from './api/documents';
import type { AppEnv, AppOptions } from './api/env';
import { handleError, handleNotFound, methodNotAllowedResponse } from './api/errors';
import { eventsRoutes } from './api/events';
import { figuresRoutes } from './api/figures';
import { health } from './api/health';
import { openapiRoutes } from './api/openapi';
import { securityHeaders } from './api/security';
import { seriesRoutes } from './api/series';
import { DataVersion } from './api/version';

export type { AppEnv, AppOptions } from './api/env';

const DEFAULT_MAX_BODY = 5 * 1024 * 1024;

export function createApp(options: AppOptions): Hono<AppEnv> {
  const memory = new ResponseCache();
  const version = new DataVersion(options.versionTtlMs ?? 0);
  const app = new Hono<AppEnv>();
  app.onError(handleError);
  app.notFound(handleNotFound);
  app.use(securityHeaders(options.csp));
  app.use(methodNotAllowed({ app, onMethodNotAllowed: methodNotAllowedResponse }));
  app.use('/api/*', async (c, next) => {
    const deps = await options.deps(c);
    c.set('db', deps.db);
    c.set('token', deps.token);
    c.set('maxBodyBytes', deps.maxBodyBytes ?? options.maxBodyBytes ?? DEFAULT_MAX_BODY);
    c.set('extract', options.extract);
    c.set('version', version);
    await next();
  });
  app.route('/api', health);
  app.route('/api', seriesRoutes(memory));
  app.route('/api', figuresRoutes(memory));
  app.route('/api', eventsRoutes(memory));
  app.route('/api', compareRoutes(memory));
  app.route('/api', documentsRoutes(memory));
  app.route('/api', openapiRoutes);
  return app;
}
