// The OpenAPI description of the reference routes (src/api/references.ts), added to the paths of
// openapi-doc.ts like the curation routes'. Answers' components: ./response-schemas-reference.ts.
import { z } from 'zod';
import { referenceImportBody, referenceListQuery, referenceQuery } from './reference-params';
import './response-schemas-reference';
import { type Json, ref, jsonBody, error, schemaOf } from './openapi-parts';

const DOCS: Record<string, string> = {
  entity: 'Only references of this gazetteer entity (e.g. brent).',
  measure: 'Only references of this measure (e.g. price).',
  unit: 'Only references in this unit (e.g. USD/bbl).',
  from: 'First date, inclusive, YYYY-MM-DD.',
  to: 'Last date, inclusive, YYYY-MM-DD.',
};

const query = (schema: z.ZodObject): Json[] =>
  Object.entries(schema.shape).map(([name, field]) => ({ name, in: 'query', required: false, description: DOCS[name] ?? name, schema: schemaOf(field as z.ZodType) }));

const notModified = { description: 'Not modified: the ETag sent in If-None-Match is current.' };

export function withReferencePaths(paths: Record<string, Json>): Record<string, Json> {
  return {
    ...paths,
    '/api/references': {
      get: {
        summary: 'Reference series (official data such as the EIA\'s Brent spot price), by id',
        parameters: query(referenceListQuery),
        responses: { '200': jsonBody(ref('ReferenceListResponse'), 'The references'), '304': notModified, '400': error('A parameter is invalid') },
      },
      post: {
        summary: 'Import a CSV of date,value rows as a reference series (replacing its values); nothing is stored when any row is bad',
        security: [{ bearer: [] }],
        requestBody: { required: true, content: { 'application/json': { schema: schemaOf(referenceImportBody) } } },
        responses: {
          '201': jsonBody(ref('ReferenceImportResponse'), 'Stored'),
          '200': jsonBody(ref('ReferenceImportResponse'), 'The same file was stored before; nothing changed'),
          '400': error('A field is invalid, or the CSV has bad rows: `issues` names each line'),
          '401': error('Missing or wrong bearer token'),
          '403': error('Writes are off: no FLOWLINE_TOKEN configured'),
          '413': error('Body too large'),
          '415': error('Body is not JSON'),
        },
      },
    },
    '/api/references/{id}': {
      get: {
        summary: 'One reference series with its values in a date range and their mean',
        parameters: [{ name: 'id', in: 'path', required: true, description: 'Reference id', schema: { type: 'string', pattern: '^[a-z0-9-]+$' } }, ...query(referenceQuery)],
        responses: { '200': jsonBody(ref('ReferenceResponse'), 'The reference'), '304': notModified, '400': error('A parameter is invalid'), '404': error('No such reference') },
      },
    },
  };
}
