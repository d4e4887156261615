// PATCH /api/series/:id (rename), POST /api/series/:id/merge, POST /api/series/:id/split,
// PUT /api/entities/:id/mapping: an analyst's filing of series and names. Token-protected, audited,
// kept across re-extraction and applied to articles ingested later.
import { Hono, type Context, type Next } from 'hono';
import type { Measure } from '../extract/types';
import { CurationError, mapEntity, mergeSeries, renameSeries, splitSeries } from '../curation/series-edits';
import { requireToken } from './auth';
import { mappingBody, mergeBody, renameBody, requireJson, slugId, splitBody } from './curation-params';
import type { AppEnv } from './env';
import { ApiError } from './errors';
import { validate } from './validate';

const SERIES = 'GET /api/series lists the series there are.';

const json = (example: string) => async (c: Context<AppEnv>, next: Next) => {
  requireJson(c.req.header('Content-Type'), example);
  await next();
};

async function refusing<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof CurationError) throw new ApiError(error.missing ? 404 : 400, error.missing ? 'not_found' : 'bad_request', error.message);
    throw error;
  }
}

const who = (c: Context<AppEnv>) => ({ by: c.var.tokenName, extract: c.var.extract });

export const seriesEditsRoutes = new Hono<AppEnv>()
  .patch('/series/:id', requireToken, json('{"label": "Kirkuk-Ceyhan pipeline"}'), validate('json', renameBody), async (c) => {
    const id = slugId(c.req.param('id'), 'series', SERIES);
    await refusing(() => renameSeries(c.var.db, id, c.req.valid('json').label, who(c)));
    c.var.version.invalidate();
    return c.json({ series: id, label: c.req.valid('json').label });
  })
  .post('/series/:id/merge', requireToken, json('{"into": "series-id"}'), validate('json', mergeBody), async (c) => {
    const id = slugId(c.req.param('id'), 'series', SERIES);
    const reports = await refusing(() => mergeSeries(c.var.db, id, c.req.valid('json').into, who(c)));
    c.var.version.invalidate();
    return c.json({ merged: id, into: c.req.valid('json').into, reports });
  })
  .post('/series/:id/split', requireToken, json('{"figures": [12, 15], "subject": "Kirkuk fields"}'), validate('json', splitBody), async (c) => {
    const id = slugId(c.req.param('id'), 'series', SERIES);
    const body = c.req.valid('json');
    const outcomes = await refusing(() =>
      splitSeries(c.var.db, id, { figures: body.figures, subject: body.subject, measure: body.measure as Measure | undefined }, who(c)),
    );
    c.var.version.invalidate();
    return c.json({ figures: outcomes.map((o) => o.figure) });
  })
  .put('/entities/:id/mapping', requireToken, json('{"to": "kirkuk-ceyhan"}'), validate('json', mappingBody), async (c) => {
    const id = slugId(c.req.param('id'), 'entity', 'Series name their entity (GET /api/series).');
    const reports = await refusing(() => mapEntity(c.var.db, id, c.req.valid('json').to, who(c)));
    c.var.version.invalidate();
    return c.json({ entity: id, to: c.req.valid('json').to, reports });
  });
