// GET /api/compare?series=&event=&window=: the level before an event against the level after it.
import { Hono } from 'hono';
import { getEvent } from '../db/repo/events';
import { listPoints } from '../db/repo/points';
import { getSeries } from '../db/repo/series';
import { cached, type ResponseCache } from './cache';
import { addDays } from './dates';
import type { AppEnv } from './env';
import { notFound } from './errors';
import { compareQuery } from './params';
import type { CompareResponse, CompareSide, Point } from './types';
import { validate } from './validate';

// Changes and shares are not levels; targets were never observed. Only these describe "the level".
const LEVEL_KINDS = ['level', 'derived'] as const;

function side(from: string, to: string, points: Point[]): CompareSide {
  const mean = points.length ? points.reduce((sum, p) => sum + p.value, 0) / points.length : null;
  return { from, to, mean, count: points.length, documents: new Set(points.map((p) => p.document.id)).size, points };
}

export function compareRoutes(memory: ResponseCache) {
  return new Hono<AppEnv>().get('/compare', cached(memory), validate('query', compareQuery), async (c) => {
    const q = c.req.valid('query');
    const [summary, event] = await Promise.all([getSeries(c.var.db, q.series), getEvent(c.var.db, q.event)]);
    if (!summary) throw notFound(`No series "${q.series}". GET /api/series lists the series there are.`);
    if (!event) throw notFound(`No event "${q.event}". GET /api/events lists the events there are.`);
    const beforeFrom = addDays(event.date, -q.window);
    const beforeTo = addDays(event.date, -1);
    const afterTo = addDays(event.date, q.window);
    const points = await listPoints(c.var.db, { series: [summary.id], from: beforeFrom, to: afterTo, kinds: LEVEL_KINDS });
    const before = side(beforeFrom, beforeTo, points.filter((p) => p.asOf! < event.date));
    const after = side(event.date, afterTo, points.filter((p) => p.asOf! >= event.date));
    const change = before.mean !== null && after.mean !== null ? after.mean - before.mean : null;
    const percentChange = change !== null && before.mean ? (100 * change) / before.mean : null;
    const body: CompareResponse = {
      series: summary,
      event: { id: event.id, date: event.date, label: event.label },
      window: q.window,
      before,
      after,
      change,
      percentChange,
    };
    return c.json(body);
  });
}
