// GET /api/chart-data (the light answer for the charts of one view: many series in one request)
// and GET /api/chart-data/evidence (the sentences and documents of the reports of an opened point).
// Both cached per data version like the other reads; a view of 50 series is one body of ~4 MB
// rather than fifty of 15.8 MB in all, so it also fits the memory cache.
import { Hono } from 'hono';
import { pointsOfFigures } from '../db/repo/figure-points';
import { listPoints } from '../db/repo/points';
import { getSeries } from '../db/repo/series';
import { withChecks } from '../reference/attach';
import { aggregate } from '../series/periods';
import { keepSources } from '../series/source-kind';
import { cached, jsonAnswer, type ResponseCache } from './cache';
import { chartSeries, documentsOf, type ChartDataResponse, type EvidenceResponse } from './chart-view';
import type { AppEnv } from './env';
import { notFound } from './errors';
import { observed } from './observed';
import { chartDataQuery, evidenceQuery } from './params';
import type { Point } from './types';
import { validate } from './validate';

export function chartDataRoutes(memory: ResponseCache) {
  return new Hono<AppEnv>()
    .get('/chart-data', cached(memory), validate('query', chartDataQuery), async (c) => {
      const q = c.req.valid('query');
      const ids = [...new Set(q.series)];
      const all = keepSources(await withChecks(c.var.db, await listPoints(c.var.reads, { series: ids, from: q.from, to: q.to })), q.sources);
      const bySeries = new Map<string, Point[]>(ids.map((id) => [id, []]));
      for (const p of all) bySeries.get(p.series)?.push(p);
      // Each series' summary is worked out once per data version, as for GET /api/series/:id.
      const version = c.var.dataVersion;
      const series = await Promise.all(
        ids.map(async (id) => {
          const { points, observations } = observed(bySeries.get(id)!);
          const summary = await memory.once(version, `series:${id}`, () => getSeries(c.var.db, id));
          if (!summary) return id;
          const out = chartSeries(summary, points, observations);
          // Levels only, as the series route: a change or a target averaged with levels would mean nothing.
          if (q.every) out.means = aggregate(observations.filter((o) => o.kind === 'level' || o.kind === 'derived'), q.every);
          return out;
        }),
      );
      const missing = series.filter((s) => typeof s === 'string');
      if (missing.length) throw notFound(`No series ${missing.map((m) => `"${m}"`).join(', ')}. GET /api/series lists the series there are.`);
      return jsonAnswer(c, { series: series.filter((s) => typeof s !== 'string'), documents: documentsOf(all) } satisfies ChartDataResponse);
    })
    .get('/chart-data/evidence', cached(memory), validate('query', evidenceQuery), async (c) => {
      const { figures } = c.req.valid('query');
      const points = await withChecks(c.var.db, await pointsOfFigures(c.var.db, [...new Set(figures)]));
      return c.json({ points } satisfies EvidenceResponse);
    });
}
