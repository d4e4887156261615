// GET /api/events; POST, PATCH and DELETE /api/events[/:id] (token-protected, audited). Writes bump
// the data version, so charts' markers and the before/after panel show them at once.
import { Hono } from 'hono';
import { createEvent, deleteEvent, updateEvent } from '../db/repo/event-edits';
import { getEvent, listEvents } from '../db/repo/events';
import type { EventRef } from '../extract/types';
import { requireToken } from './auth';
import { cached, type ResponseCache } from './cache';
import { requireJson } from './curation-params';
import type { AppEnv } from './env';
import { ApiError, notFound } from './errors';
import { EVENT_ID, eventCreateBody, eventEditBody, eventIdFor } from './event-params';
import type { EventResponse } from './response-schemas-find';
import type { EventsResponse } from './types';
import { validate } from './validate';

const EXAMPLE = '{"date": "2017-10-16", "label": "Kirkuk takeover"}';
const LISTED = 'GET /api/events lists the events there are.';
const item = ({ id, date, label }: EventRef) => ({ id, date, label });

function eventId(raw: string): string {
  if (!EVENT_ID.test(raw)) throw notFound(`No event "${raw}". ${LISTED}`);
  return raw;
}

export function eventsRoutes(memory: ResponseCache) {
  return new Hono<AppEnv>()
    .get('/events', cached(memory), async (c) => {
      const events = (await listEvents(c.var.db)).map(item);
      return c.json({ events } satisfies EventsResponse);
    })
    .post(
      '/events',
      requireToken,
      async (c, next) => (requireJson(c.req.header('Content-Type'), EXAMPLE), next()),
      validate('json', eventCreateBody),
      async (c) => {
        const body = c.req.valid('json');
        const event: EventRef = { id: body.id ?? eventIdFor(body.date, body.label), date: body.date, label: body.label, aliases: body.aliases ?? [] };
        if (await getEvent(c.var.db, event.id)) {
          throw new ApiError(409, 'conflict', `An event "${event.id}" exists already; PATCH /api/events/${event.id} changes it, or send another "id".`);
        }
        await createEvent(c.var.db, event, c.var.tokenName);
        c.var.version.invalidate();
        return c.json({ event: item(event) } satisfies EventResponse, 201);
      },
    )
    .patch(
      '/events/:id',
      requireToken,
      async (c, next) => (requireJson(c.req.header('Content-Type'), '{"label": "Kirkuk takeover by federal forces"}'), next()),
      validate('json', eventEditBody),
      async (c) => {
        const id = eventId(c.req.param('id'));
        const event = await updateEvent(c.var.db, id, c.req.valid('json'), c.var.tokenName);
        if (!event) throw notFound(`No event "${id}". ${LISTED}`);
        c.var.version.invalidate();
        return c.json({ event: item(event) } satisfies EventResponse);
      },
    )
    .delete('/events/:id', requireToken, async (c) => {
      const id = eventId(c.req.param('id'));
      const event = await deleteEvent(c.var.db, id, c.var.tokenName);
      if (!event) throw notFound(`No event "${id}". ${LISTED}`);
      c.var.version.invalidate();
      return c.json({ event: item(event) } satisfies EventResponse);
    });
}
