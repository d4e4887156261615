// PATCH /api/figures/:id (correct), DELETE /api/figures/:id (reject), POST /api/figures/:id/confirm:
// an analyst's word on one figure, token-protected, audited, and kept across re-extraction.
import { Hono, type Context } from 'hono';
import { correctFigure, type CorrectionRequest } from '../curation/correct';
import { requireToken } from './auth';
import { figureChangesBody, pathId, requireJson } from './curation-params';
import type { AppEnv } from './env';
import { ApiError } from './errors';
import { validate } from './validate';

const WHERE = 'GET /api/documents/:id lists a document\'s figures with their ids (ids change when a document is re-extracted).';

async function answer(c: Context<AppEnv>, request: CorrectionRequest) {
  const id = pathId(c.req.param('id') ?? '', 'figure', WHERE);
  const outcome = await correctFigure(c.var.db, id, request, { by: c.var.tokenName, extract: c.var.extract });
  if (!outcome) throw new ApiError(404, 'not_found', `No figure ${id}. ${WHERE}`);
  c.var.version.invalidate();
  return c.json(outcome);
}

export const correctionsRoutes = new Hono<AppEnv>()
  .patch(
    '/figures/:id',
    requireToken,
    async (c, next) => {
      requireJson(c.req.header('Content-Type'), '{"value": 350000, "asOf": "2017-10-20"}');
      await next();
    },
    validate('json', figureChangesBody),
    async (c) => answer(c, { action: 'correct', changes: c.req.valid('json') }),
  )
  .delete('/figures/:id', requireToken, async (c) => answer(c, { action: 'reject' }))
  .post('/figures/:id/confirm', requireToken, async (c) => answer(c, { action: 'confirm' }));
