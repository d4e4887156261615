// The OpenAPI description of the routes for finding and adding: search, preview, event writes and
// the data version. Their answers' components come from ./response-schemas-find.ts.
import { z } from 'zod';
import { eventCreateBody, eventEditBody } from './event-params';
import { ingestBody } from './params';
// Registers SearchResponse, PreviewResponse, EventResponse and VersionResponse.
import './response-schemas-find';
import { searchQuery } from './search';
import { type Json, ref, jsonBody, error, schemaOf } from './openapi-parts';

const QUERY_DOCS: Record<string, string> = {
  q: 'Words to find (at most 200 characters, 12 words); every word must match, the last also as a prefix. Quotes, *, NEAR and other FTS5 syntax are searched as words.',
  limit: 'Documents per page, 1..50 (default 20).',
  offset: 'Documents to skip (default 0).',
};

const writeErrors = {
  '400': error('The body is invalid; `issues` names the field'),
  '401': error('Missing or wrong bearer token'),
  '403': error('Writes are off: no FLOWLINE_TOKEN configured'),
  '415': error('Body is not JSON'),
};
const eventPath = { name: 'id', in: 'path', required: true, description: 'Event id', schema: { type: 'string', pattern: '^[a-z0-9-]+$' } };

function findPaths(): Record<string, Json> {
  return {
    '/api/search': {
      get: {
        summary: 'Search series (names, entities, gazetteer aliases) and documents (title, text) with FTS5, ranked by bm25',
        parameters: Object.entries(searchQuery.shape).map(([name, field]) => ({
          name, in: 'query', required: name === 'q', description: QUERY_DOCS[name] ?? name, schema: schemaOf(field as z.ZodType),
        })),
        responses: {
          '200': jsonBody(ref('SearchResponse'), 'Matching series and a page of documents with their matching sentence'),
          '304': { description: 'Not modified: the ETag sent in If-None-Match is current.' },
          '400': error('q is missing, too long or has no words'),
        },
      },
    },
    '/api/preview': {
      post: {
        summary: 'The figures an article would give, without storing it (same body and checks as POST /api/documents)',
        security: [{ bearer: [] }],
        requestBody: { required: true, content: { 'application/json': { schema: schemaOf(ingestBody) } } },
        responses: { '200': jsonBody(ref('PreviewResponse'), 'The figures with their offsets into text'), ...writeErrors, '413': error('Body too large') },
      },
    },
    '/api/events': {
      post: {
        summary: 'Add an event (a marker on charts and an anchor of comparisons); audited',
        security: [{ bearer: [] }],
        requestBody: { required: true, content: { 'application/json': { schema: schemaOf(eventCreateBody) } } },
        responses: { '201': jsonBody(ref('EventResponse'), 'Stored'), ...writeErrors, '409': error('An event with that id exists') },
      },
    },
    '/api/events/{id}': {
      patch: {
        summary: "Change an event's date, label or aliases; audited, and kept over data/events.json at the next start",
        security: [{ bearer: [] }],
        parameters: [eventPath],
        requestBody: { required: true, content: { 'application/json': { schema: schemaOf(eventEditBody) } } },
        responses: { '200': jsonBody(ref('EventResponse'), 'The event as now stored'), ...writeErrors, '404': error('No such event') },
      },
      delete: {
        summary: 'Delete an event; audited, and not put back from data/events.json',
        security: [{ bearer: [] }],
        parameters: [eventPath],
        responses: { '200': jsonBody(ref('EventResponse'), 'The event deleted'), '401': writeErrors['401'], '403': writeErrors['403'], '404': error('No such event') },
      },
    },
    '/api/version': {
      get: { summary: 'The data version, never cached: poll it to know when data changed', responses: { '200': jsonBody(ref('VersionResponse'), 'The version') } },
    },
  };
}

/** The other paths with these added (methods of a path both list are merged). */
export function withFindPaths(paths: Record<string, Json>): Record<string, Json> {
  const out: Record<string, Json> = { ...paths };
  for (const [path, ops] of Object.entries(findPaths())) out[path] = { ...(out[path] ?? {}), ...ops };
  return out;
}
