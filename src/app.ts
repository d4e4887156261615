// The flowline HTTP app, built once for every runtime. No runtime imports here (no node:, no
// @libsql): each entry (src/node.ts, src/worker.ts) passes how to reach the database per request.
import { Hono } from 'hono';
import { methodNotAllowed } from 'hono/method-not-allowed';
import { ResponseCache, type Replay } from './api/cache';
import { auditRoutes } from './api/audit';
import { chartDataRoutes } from './api/chart-data';
import { compareRoutes } from './api/compare';
import { correctionsRoutes } from './api/corrections';
import { documentEditsRoutes } from './api/document-edits';
import { documentsRoutes } from './api/documents';
import type { AppEnv, AppOptions } from './api/env';
import { handleError, handleNotFound, methodNotAllowedResponse } from './api/errors';
import { eventsRoutes } from './api/events';
import { figuresRoutes } from './api/figures';
import { health } from './api/health';
import { liveRoutes } from './api/live';
import { openapiRoutes } from './api/openapi';
import { previewRoutes } from './api/preview';
import { searchRoutes } from './api/search';
import { securityHeaders } from './api/security';
import { referencesRoutes } from './api/references';
import { seriesRoutes } from './api/series';
import { seriesEditsRoutes } from './api/series-edits';
import { DataVersion } from './api/version';
import { ormReads } from './db/repo/read-path';

export type { AppEnv, AppOptions } from './api/env';
export type { Replay } from './api/cache';

export type FlowlineApp = Hono<AppEnv> & {
  /**
   * A cached GET answer that may be written without running the app (same bytes and headers the
   * app sent before), or null. Only when the data version was read within versionTtlMs, so it is
   * exactly as fresh as the app itself; the Node entry uses it to skip the framework on hits.
   */
  replayCached(method: string, pathAndQuery: string, ifNoneMatch: string | undefined): Replay | null;
};

const DEFAULT_MAX_BODY = 5 * 1024 * 1024;

export function createApp(options: AppOptions): FlowlineApp {
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
    c.set('reads', deps.reads ?? ormReads(deps.db));
    c.set('seriesAnswers', deps.seriesAnswers);
    c.set('token', deps.token);
    c.set('maxBodyBytes', deps.maxBodyBytes ?? options.maxBodyBytes ?? DEFAULT_MAX_BODY);
    c.set('extract', options.extract);
    c.set('version', version);
    await next();
  });
  app.route('/api', health);
  app.route('/api', seriesRoutes(memory));
  app.route('/api', chartDataRoutes(memory));
  app.route('/api', figuresRoutes(memory));
  app.route('/api', eventsRoutes(memory));
  app.route('/api', compareRoutes(memory));
  app.route('/api', documentsRoutes(memory));
  app.route('/api', documentEditsRoutes);
  app.route('/api', correctionsRoutes);
  app.route('/api', auditRoutes(memory));
  app.route('/api', seriesEditsRoutes);
  app.route('/api', referencesRoutes(memory));
  app.route('/api', searchRoutes(memory));
  app.route('/api', previewRoutes);
  app.route('/api', liveRoutes);
  app.route('/api', openapiRoutes);
  return Object.assign(app, {
    replayCached(method: string, pathAndQuery: string, ifNoneMatch: string | undefined): Replay | null {
      if (method !== 'GET') return null;
      const current = version.peek();
      return current === null ? null : memory.replay(current, pathAndQuery, ifNoneMatch);
    },
  });
}
