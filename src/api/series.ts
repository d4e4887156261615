// GET /api/series, /api/series/:id and /api/series/:id.csv
import { Hono } from 'hono';
import { listPoints } from '../db/repo/points';
import { existingSeriesIds, getSeries, listSeries } from '../db/repo/series';
import { cached, type ResponseCache } from './cache';
import { csvHeaders, csvStream } from './csv';
import type { AppEnv } from './env';
import { notFound } from './errors';
import { aggregate } from '../series/periods';
import { observed } from './observed';
import { withChecks } from '../reference/attach';
import { keepSources } from '../series/source-kind';
import { csvQuery, SERIES_ID, seriesListQuery, seriesQuery } from './params';
import type { SeriesListResponse, SeriesResponse } from './types';
import { validate } from './validate';

const unknownSeries = (id: string) => notFound(`No series "${id}". GET /api/series lists the series there are.`);

export function seriesRoutes(memory: ResponseCache) {
  return new Hono<AppEnv>()
    .get('/series', cached(memory), validate('query', seriesListQuery), async (c) => {
      const q = c.req.valid('query');
      const { series, total } = await listSeries(c.var.db, q);
      return c.json({ series, total, limit: q.limit, offset: q.offset } satisfies SeriesListResponse);
    })
    .get('/series/:file{[^/]+\\.csv}', cached(memory), validate('query', csvQuery), async (c) => {
      const id = c.req.param('file').slice(0, -'.csv'.length);
      // Existence only: a summary would group every report of the series to count observations,
      // reading a large series whole before the first streamed row.
      if (!SERIES_ID.test(id) || !(await existingSeriesIds(c.var.db, [id])).has(id)) throw unknownSeries(id);
      const q = c.req.valid('query');
      const stream = csvStream(c.var.db, { series: [id], from: q.from, to: q.to, kinds: q.kinds }, { bom: q.bom ?? false, rows: q.rows ?? 'reports', sources: q.sources });
      return c.body(stream, 200, csvHeaders(`flowline-${id}.csv`));
    })
    .get('/series/:id', cached(memory), validate('query', seriesQuery), async (c) => {
      const id = c.req.param('id');
      const q = c.req.valid('query');
      if (!SERIES_ID.test(id)) throw unknownSeries(id);
      const all = await withChecks(c.var.db, await listPoints(c.var.db, { series: [id], from: q.from, to: q.to }));
      const { points, observations, grouped } = observed(keepSources(all, q.sources), q.kinds);
      // Without a date range or source filter the reports just grouped are the whole series: its
      // summary's observation count is theirs, so the series is not grouped twice.
      const whole = !q.from && !q.to && !q.sources?.length;
      const summary = await getSeries(c.var.db, id, whole ? grouped : undefined);
      if (!summary) throw unknownSeries(id);
      const body: SeriesResponse = { series: summary, points, observations };
      // Levels only: a change or a target averaged with levels would mean nothing.
      if (q.every) body.means = aggregate(body.observations.filter((o) => o.kind === 'level' || o.kind === 'derived'), q.every);
      return c.json(body);
    });
}
