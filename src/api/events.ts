// GET /api/events
import { Hono } from 'hono';
import { listEvents } from '../db/repo/events';
import { cached, type ResponseCache } from './cache';
import type { AppEnv } from './env';
import type { EventsResponse } from './types';

export function eventsRoutes(memory: ResponseCache) {
  return new Hono<AppEnv>().get('/events', cached(memory), async (c) => {
    const events = (await listEvents(c.var.db)).map(({ id, date, label }) => ({ id, date, label }));
    return c.json({ events } satisfies EventsResponse);
  });
}
