// GET /api/compare?series=&event=&window=: the level before an event against the level after it.
// Two windows of `window` days; an observation counts on a side only when its whole period lies
// inside it, weighed by the days it covers; the rest that overlaps is listed apart, with why.
import { Hono } from 'hono';
import { getEvent } from '../db/repo/events';
import { listPoints } from '../db/repo/points';
import { getSeries } from '../db/repo/series';
import { addDays, eventWindows } from '../series/periods';
import { cached, jsonAnswer, type ResponseCache } from './cache';
import { compareSides } from './compare-sides';
import type { AppEnv } from './env';
import { notFound } from './errors';
import { compareQuery } from './params';
import type { CompareResponse } from './types';
import { validate } from './validate';

// Changes and shares are not levels; targets were never observed. Only these describe "the level".
const LEVEL_KINDS = ['level', 'derived'] as const;

// A period figure can start this long before the window and still reach into it (a year's average).
const LONGEST_PERIOD_DAYS = 366;

export function compareRoutes(memory: ResponseCache) {
  return new Hono<AppEnv>().get('/compare', cached(memory), validate('query', compareQuery), async (c) => {
    const q = c.req.valid('query');
    const [summary, event] = await Promise.all([getSeries(c.var.db, q.series), getEvent(c.var.db, q.event)]);
    if (!summary) throw notFound(`No series "${q.series}". GET /api/series lists the series there are.`);
    if (!event) throw notFound(`No event "${q.event}". GET /api/events lists the events there are.`);
    const w = eventWindows(event.date, q.window);
    const found = await listPoints(c.var.reads, {
      series: [summary.id],
      from: addDays(w.before.from, -LONGEST_PERIOD_DAYS),
      to: w.after.to,
      kinds: LEVEL_KINDS,
    });
    const body: CompareResponse = {
      series: summary,
      event: { id: event.id, date: event.date, label: event.label },
      window: q.window,
      ...compareSides(found, event.date, q.window),
    };
    return jsonAnswer(c, body);
  });
}
