// PUT /api/documents/:id/published (an analyst's publication date; the document is extracted
// again, corrections kept) and DELETE /api/documents/:id. Token-protected and audited.
import { Hono } from 'hono';
import { deleteDocument, setPublished } from '../curation/documents';
import { requireToken } from './auth';
import { pathId, publishedBody, requireJson } from './curation-params';
import type { AppEnv } from './env';
import { notFound } from './errors';
import { validate } from './validate';

const WHERE = 'GET /api/documents lists the documents there are.';

export const documentEditsRoutes = new Hono<AppEnv>()
  .put(
    '/documents/:id/published',
    requireToken,
    async (c, next) => {
      requireJson(c.req.header('Content-Type'), '{"published": "2017-10-24"}');
      await next();
    },
    validate('json', publishedBody),
    async (c) => {
      const id = pathId(c.req.param('id'), 'document', WHERE);
      const report = await setPublished(c.var.db, id, c.req.valid('json').published, { by: c.var.tokenName, extract: c.var.extract });
      if (!report) throw notFound(`No document ${id}. ${WHERE}`);
      c.var.version.invalidate();
      return c.json({ report });
    },
  )
  .delete('/documents/:id', requireToken, async (c) => {
    const id = pathId(c.req.param('id'), 'document', WHERE);
    if (!(await deleteDocument(c.var.db, id, { by: c.var.tokenName }))) throw notFound(`No document ${id}. ${WHERE}`);
    c.var.version.invalidate();
    return c.json({ deleted: id });
  });
