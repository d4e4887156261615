// GET /api/audit (every analyst change, newest first; ?document= for one document) and
// GET /api/undated (documents stored without a publication date, with their figures, waiting for
// PUT /api/documents/:id/published), and GET /api/unlisted (names the gazetteer does not list,
// with their series, waiting for PUT /api/entities/:id/mapping).
import { Hono } from 'hono';
import { listAudit, listUndated, listUnlisted } from '../curation/listings';
import { cached, type ResponseCache } from './cache';
import { auditQuery } from './curation-params';
import type { AppEnv } from './env';
import { pageQuery } from './params';
import { validate } from './validate';

export const auditRoutes = (memory: ResponseCache) =>
  new Hono<AppEnv>()
    .get('/audit', cached(memory), validate('query', auditQuery), async (c) => {
      const q = c.req.valid('query');
      const { entries, total } = await listAudit(c.var.db, q);
      return c.json({ entries, total, limit: q.limit, offset: q.offset });
    })
    .get('/undated', cached(memory), validate('query', pageQuery), async (c) => {
      const q = c.req.valid('query');
      const { documents, total } = await listUndated(c.var.db, q);
      return c.json({ documents, total, limit: q.limit, offset: q.offset });
    })
    .get('/unlisted', cached(memory), validate('query', pageQuery), async (c) => {
      const q = c.req.valid('query');
      const { entities, total } = await listUnlisted(c.var.db, q);
      return c.json({ entities, total, limit: q.limit, offset: q.offset });
    });
