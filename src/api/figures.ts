// GET /api/figures.csv: every dated figure of the given series (all when absent), one download.
import { Hono } from 'hono';
import { existingSeriesIds } from '../db/repo/series';
import { cached, type ResponseCache } from './cache';
import { csvHeaders, csvStream } from './csv';
import type { AppEnv } from './env';
import { notFound } from './errors';
import { figuresCsvQuery } from './params';
import { validate } from './validate';

export const figuresRoutes = (memory: ResponseCache) => new Hono<AppEnv>().get(
  '/figures.csv',
  cached(memory),
  validate('query', figuresCsvQuery),
  async (c) => {
    const q = c.req.valid('query');
    const wanted = q.series ?? [];
    if (wanted.length) {
      const known = await existingSeriesIds(c.var.db, wanted);
      const missing = wanted.filter((id) => !known.has(id));
      if (missing.length) throw notFound(`No series ${missing.map((m) => `"${m}"`).join(', ')}. GET /api/series lists the series there are.`);
    }
    const stream = csvStream(c.var.reads, { series: wanted, from: q.from, to: q.to, kinds: q.kinds }, { bom: q.bom ?? false, rows: q.rows ?? 'reports', sources: q.sources });
    const name = wanted.length === 1 ? `flowline-${wanted[0]}.csv` : 'flowline-figures.csv';
    return c.body(stream, 200, csvHeaders(name));
  },
);
