// GET /api/documents, GET /api/documents/:id, POST /api/documents (token-protected ingest).
import { Hono } from 'hono';
import { getDocument, listDocuments } from '../db/repo/documents';
import { listDocumentFigures } from '../db/repo/points';
import { withChecks } from '../reference/attach';
import { ingestDocument } from '../ingest';
import { datingNotes } from '../ingest/notes';
import { articleBodyLimit, decodeArticleText, refusalAsBadRequest, requireJsonArticle } from './article-body';
import { requireToken } from './auth';
import { cached, type ResponseCache } from './cache';
import type { AppEnv } from './env';
import { notFound } from './errors';
import { ingestBody, pageQuery } from './params';
import type { DocumentResponse, DocumentsResponse, IngestResponse } from './types';
import { validate } from './validate';

export function documentsRoutes(memory: ResponseCache) {
  return new Hono<AppEnv>()
    .get('/documents', cached(memory), validate('query', pageQuery), async (c) => {
      const q = c.req.valid('query');
      const { documents, total } = await listDocuments(c.var.db, q);
      return c.json({ documents, total, limit: q.limit, offset: q.offset } satisfies DocumentsResponse);
    })
    .get('/documents/:id', cached(memory), async (c) => {
      const raw = c.req.param('id');
      const id = /^\d{1,15}$/.test(raw) ? Number(raw) : NaN;
      const document = Number.isSafeInteger(id) ? await getDocument(c.var.db, id) : null;
      if (!document) throw notFound(`No document "${raw}". GET /api/documents lists the documents there are.`);
      const figures = await withChecks(c.var.db, await listDocumentFigures(c.var.db, document.id));
      return c.json({ document, figures } satisfies DocumentResponse);
    })
    .post(
      '/documents',
      requireToken,
      articleBodyLimit,
      requireJsonArticle,
      validate('json', ingestBody),
      async (c) => {
        const body = c.req.valid('json');
        const read = decodeArticleText(body.text, c.var.maxBodyBytes);
        const article = { ...body, text: read.text };
        const outcome = await ingestDocument(c.var.db, article, c.var.extract ? { extract: c.var.extract } : {}).catch(refusalAsBadRequest);
        if (outcome.created) c.var.version.invalidate();
        const [document, figures] = await Promise.all([
          getDocument(c.var.db, outcome.documentId),
          listDocumentFigures(c.var.db, outcome.documentId).then((figures) => withChecks(c.var.db, figures)),
        ]);
        if (!document) throw new Error(`document ${outcome.documentId} missing right after ingest`);
        const { hash: _hash, text: _text, ...summary } = document;
        const notes = [...read.notes, ...datingNotes(document, body.published ?? null, outcome.created)];
        const response: IngestResponse = { created: outcome.created, document: summary, figures, notes };
        return c.json(response, outcome.created ? 201 : 200);
      },
    );
}
