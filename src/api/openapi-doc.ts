// The OpenAPI 3.1 description of the API served at /api/openapi.json. Query parameters come from
// the same zod schemas that validate requests (src/api/params.ts), so the two cannot drift apart;
// the API's response shapes come from zod schemas too (src/api/response-schemas.ts, whose
// openapiComponents generates every component, the curation routes' included).
import { z } from 'zod';
import { withCurationPaths } from './openapi-curation';
import { withReferencePaths } from './openapi-reference';
import { withFindPaths } from './openapi-find';
import { FIGURE_KINDS, UNITS } from '../extract/types';
import { OBSERVATION_CSV_COLUMNS, CSV_COLUMNS } from './csv';
import { openapiComponents } from './response-schemas';
import { compareQuery, csvQuery, figuresCsvQuery, ingestBody, pageQuery, seriesListQuery, seriesQuery } from './params';
import { chartDataQuery, evidenceQuery } from './params';
// Registers ChartDataResponse and EvidenceResponse.
import './response-schemas-chart';
import { type Json, ref, jsonBody, error } from './openapi-parts';

const PARAM_DOCS: Record<string, string> = {
  unit: `Only series in this unit (${UNITS.join(', ')}).`,
  q: 'Only series whose label or id contains this text (case-insensitive).',
  limit: 'Page size, 1..1000 (default 100).',
  offset: 'Items to skip (default 0).',
  from: 'First date, inclusive, YYYY-MM-DD.',
  to: 'Last date, inclusive, YYYY-MM-DD.',
  kinds: `Comma-separated kinds to include (${FIGURE_KINDS.join(', ')}); default all.`,
  bom: '1 to start the file with a UTF-8 byte order mark (for Excel).',
  series: 'Series id(s); comma-separated for figures.csv and chart-data (at most 50).',
  figures: 'Comma-separated figure ids (at most 200), e.g. the `figures` of a chart observation.',
  event: 'Event id (see /api/events).',
  window: 'Days in each of the two windows, 1..3650 (default 30): before ends the day before the event, after starts on its day.',
  every: 'week or month: add `means`, the mean level of each ISO week or calendar month, each observation weighed by the days it covers inside it.',
  rows: 'reports (default): one row per figure with its observation_id; observations: one row per observation.',
};

function queryParams(schema: z.ZodObject): Json[] {
  return Object.entries(schema.shape).map(([name, field]) => {
    const fieldSchema = field as z.ZodType;
    const json = z.toJSONSchema(fieldSchema, { io: 'input', unrepresentable: 'any' }) as Json;
    delete json.$schema;
    return {
      name,
      in: 'query',
      required: !fieldSchema.safeParse(undefined).success,
      description: PARAM_DOCS[name] ?? name,
      schema: json,
    };
  });
}

const idPath = (description: string, pattern?: string) => ({
  name: 'id',
  in: 'path',
  required: true,
  description,
  schema: pattern ? { type: 'string', pattern } : { type: 'integer', minimum: 1 },
});

const csvBody = {
  description: `RFC 4180 CSV, UTF-8, header row: ${CSV_COLUMNS.join(',')} (rows=reports), or ${OBSERVATION_CSV_COLUMNS.join(',')} (rows=observations; id lists space-separated). Text cells starting with = + - @ tab or CR are prefixed with '. Streamed.`,
  headers: { 'Content-Disposition': { schema: { type: 'string' }, description: 'attachment; filename="flowline-<id>.csv"' } },
  content: { 'text/csv': { schema: { type: 'string' } } },
};
const notModified = { description: 'Not modified: the ETag sent in If-None-Match is current.' };
const cachedGet = { '304': notModified, '400': error('A parameter is invalid; `issues` names it.') };

export function openapiDocument(): Json {
  const ingestSchema = z.toJSONSchema(ingestBody, { io: 'input', unrepresentable: 'any' }) as Json;
  delete ingestSchema.$schema;
  return {
    openapi: '3.1.0',
    info: {
      title: 'flowline API',
      version: '0.1.0',
      description: 'Oil-flow and economic figures extracted from news articles, as dated series traceable to their words. Every error has the shape ErrorResponse. Read routes send ETag and Cache-Control and answer If-None-Match with 304.',
    },
    paths: withFindPaths(withReferencePaths(withCurationPaths({
      '/api/health': { get: { summary: 'Liveness', responses: { '200': jsonBody({ type: 'object', properties: { ok: { const: true } } }, 'Up') } } },
      '/api/series': {
        get: {
          summary: 'List series',
          parameters: queryParams(seriesListQuery),
          responses: { '200': jsonBody(ref('SeriesListResponse'), 'A page of series'), ...cachedGet },
        },
      },
      '/api/series/{id}': {
        get: {
          summary: 'One series with its dated reports (sorted by date then figure id) and the observations they make',
          parameters: [idPath('Series id', '^[a-z0-9-]+$'), ...queryParams(seriesQuery)],
          responses: { '200': jsonBody(ref('SeriesResponse'), 'The series'), ...cachedGet, '404': error('No such series') },
        },
      },
      '/api/series/{id}.csv': {
        get: {
          summary: 'One series as CSV',
          parameters: [idPath('Series id', '^[a-z0-9-]+$'), ...queryParams(csvQuery)],
          responses: { '200': csvBody, ...cachedGet, '404': error('No such series') },
        },
      },
      '/api/chart-data': {
        get: {
          summary: 'The series of one chart view in one request, light: observations with their report and document ids, each document once, no sentences or tags',
          parameters: queryParams(chartDataQuery),
          responses: { '200': jsonBody(ref('ChartDataResponse'), 'The series in the order asked'), ...cachedGet, '404': error('A named series does not exist') },
        },
      },
      '/api/chart-data/evidence': {
        get: {
          summary: 'The reports with these figure ids with their evidence (sentence, words, tags, attribution, reference check, document): what an opened chart point shows',
          parameters: queryParams(evidenceQuery),
          responses: { '200': jsonBody(ref('EvidenceResponse'), 'The reports, ascending id'), ...cachedGet },
        },
      },
      '/api/figures.csv': {
        get: {
          summary: 'Every dated figure of the given series (all series when absent) as CSV',
          parameters: queryParams(figuresCsvQuery),
          responses: { '200': csvBody, ...cachedGet, '404': error('A named series does not exist') },
        },
      },
      '/api/events': {
        get: { summary: 'Events, sorted by date', responses: { '200': jsonBody(ref('EventsResponse'), 'Events'), '304': notModified } },
      },
      '/api/compare': {
        get: {
          summary: 'Mean level (kinds level and derived) before and after an event',
          description: 'before = [event - window, event - 1]; after = [event, event + window - 1]: equal lengths. An observation counts on a side only when its whole period lies inside it, weighed by its days; those crossing the event or a window edge are listed in straddlers with why. change = after.mean - before.mean; percentChange = 100 * change / before.mean, null when undefined.',
          parameters: queryParams(compareQuery),
          responses: { '200': jsonBody(ref('CompareResponse'), 'The comparison'), ...cachedGet, '404': error('No such series or event') },
        },
      },
      '/api/documents': {
        get: {
          summary: 'List documents, newest first',
          parameters: queryParams(pageQuery),
          responses: { '200': jsonBody(ref('DocumentsResponse'), 'A page of documents'), ...cachedGet },
        },
        post: {
          summary: 'Ingest one article (idempotent by content hash)',
          security: [{ bearer: [] }],
          requestBody: { required: true, content: { 'application/json': { schema: ingestSchema } } },
          responses: {
            '201': jsonBody(ref('IngestResponse'), 'Stored; its figures'),
            '200': jsonBody(ref('IngestResponse'), 'The same text was ingested before; nothing added'),
            '400': error('The body is invalid; `issues` names the field'),
            '401': error('Missing or wrong bearer token'),
            '403': error('Writes are off: no FLOWLINE_TOKEN configured'),
            '413': error('Body too large'),
            '415': error('Body is not JSON'),
          },
        },
      },
      '/api/documents/{id}': {
        get: {
          summary: 'One document with its text and every figure (dated or not) with its span',
          parameters: [idPath('Document id')],
          responses: { '200': jsonBody(ref('DocumentResponse'), 'The document'), '304': notModified, '404': error('No such document') },
        },
      },
      '/api/openapi.json': { get: { summary: 'This document', responses: { '200': jsonBody({ type: 'object' }, 'OpenAPI 3.1') } } },
    }))),
    components: {
      schemas: openapiComponents(),
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'FLOWLINE_TOKEN' } },
    },
  };
}
