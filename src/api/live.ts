// GET /api/version: the data version (bumped by every write that changes data), never cached, so
// an open dashboard can poll it every few seconds and reload only when it moved.
//
// Polling rather than server-sent events: the Worker would have to hold a connection per open
// dashboard and still learn of a write by polling D1 (workerd has no change feed, and another
// isolate or `npm run ingest` writes without telling this one); on Node the same is true of a
// second process. A poll is one indexed read of one row, the same on every engine, survives
// proxies and sleeping laptops, and costs nothing when nobody is looking.
import { Hono } from 'hono';
import type { AppEnv } from './env';
import type { VersionResponse } from './response-schemas-find';

export const liveRoutes = new Hono<AppEnv>().get('/version', async (c) => {
  const version = await c.var.version.current(c.var.db);
  c.header('Cache-Control', 'no-store');
  return c.json({ version } satisfies VersionResponse);
});
