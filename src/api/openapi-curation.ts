// The OpenAPI description of the curation routes (corrections, document edits, audit, undated),
// kept beside the other paths of openapi-doc.ts so each area's routes are described in one place.
// Their answers' components come from zod schemas (./response-schemas-curation.ts).
import { z } from 'zod';
import { auditQuery, figureChangesBody, mappingBody, mergeBody, publishedBody, renameBody, splitBody } from './curation-params';
import { pageQuery } from './params';
// Registers RebuildReport, CorrectionResponse and AuditEntry, which the paths below refer to.
import './response-schemas-curation';
import { type Json, ref, jsonBody, error, schemaOf } from './openapi-parts';

const idPath = (description: string) => ({ name: 'id', in: 'path', required: true, description, schema: { type: 'integer', minimum: 1 } });

function query(schema: z.ZodObject, docs: Record<string, string>): Json[] {
  return Object.entries(schema.shape).map(([name, field]) => ({
    name,
    in: 'query',
    required: false,
    description: docs[name] ?? name,
    schema: schemaOf(field as z.ZodType),
  }));
}

const PAGE = { limit: 'Page size, 1..1000 (default 100).', offset: 'Items to skip (default 0).' };

const writeErrors = {
  '401': error('Missing or wrong bearer token'),
  '403': error('Writes are off: no FLOWLINE_TOKEN configured'),
  '404': error('No such figure or document'),
};

function curationPaths(): Record<string, Json> {
  const correctionAnswer = { '200': jsonBody(ref('CorrectionResponse'), 'Recorded, audited and applied'), ...writeErrors };
  return {
    '/api/figures/{id}': {
      patch: {
        summary: 'Correct a figure (value, unit, kind, measure, asOf, asOfTo, subject, approx); kept across re-extraction',
        security: [{ bearer: [] }],
        parameters: [idPath('Figure id')],
        requestBody: { required: true, content: { 'application/json': { schema: schemaOf(figureChangesBody) } } },
        responses: { ...correctionAnswer, '400': error('The body is invalid; `issues` names the field'), '415': error('Body is not JSON') },
      },
      delete: {
        summary: 'Reject a figure: removed now and after every re-extraction',
        security: [{ bearer: [] }],
        parameters: [idPath('Figure id')],
        responses: correctionAnswer,
      },
    },
    '/api/figures/{id}/confirm': {
      post: {
        summary: 'Confirm a figure as right (reviewed; exported by npm run export-gold)',
        security: [{ bearer: [] }],
        parameters: [idPath('Figure id')],
        responses: correctionAnswer,
      },
    },
    '/api/documents/{id}/published': {
      put: {
        summary: 'Set a document\'s publication date; its figures are extracted again with corrections kept',
        security: [{ bearer: [] }],
        parameters: [idPath('Document id')],
        requestBody: { required: true, content: { 'application/json': { schema: schemaOf(publishedBody) } } },
        responses: {
          '200': jsonBody({ type: 'object', properties: { report: ref('RebuildReport') } }, 'Re-dated'),
          '400': error('Not a date, before 1900 or in the future'),
          '415': error('Body is not JSON'),
          ...writeErrors,
        },
      },
    },
    '/api/audit': {
      get: {
        summary: 'Every analyst change, newest first',
        parameters: query(auditQuery, { ...PAGE, document: 'Only changes to this document (also after it was deleted).' }),
        responses: {
          '200': jsonBody({ type: 'object', properties: { entries: { type: 'array', items: ref('AuditEntry') }, total: { type: 'integer' } } }, 'A page of the audit'),
          '400': error('A parameter is invalid'),
        },
      },
    },
    '/api/unlisted': {
      get: {
        summary: 'Names the gazetteer does not list that have figures, most figures first, with their series',
        parameters: query(pageQuery, PAGE),
        responses: { '200': jsonBody({ type: 'object', properties: { entities: { type: 'array' }, total: { type: 'integer' } } }, 'A page of unlisted names') },
      },
    },
    '/api/undated': {
      get: {
        summary: 'Documents stored without a publication date, with their figures',
        parameters: query(pageQuery, PAGE),
        responses: { '200': jsonBody({ type: 'object', properties: { documents: { type: 'array' }, total: { type: 'integer' } } }, 'A page of undated documents') },
      },
    },
  };
}

const slugPath = (description: string) => ({ name: 'id', in: 'path', required: true, description, schema: { type: 'string', pattern: '^[a-z0-9-]+$' } });
const body = (schema: z.ZodType) => ({ required: true, content: { 'application/json': { schema: schemaOf(schema) } } });
const filingErrors = { ...writeErrors, '400': error('The body is invalid, or the change cannot be made (it says why)'), '415': error('Body is not JSON') };

/** Operations on paths openapi-doc.ts already describes, and the curation paths; merged per path. */
function curationOperations(): Record<string, Json> {
  return {
    ...curationPaths(),
    '/api/documents/{id}': {
      delete: {
        summary: 'Delete a document, its figures and its corrections (the audit keeps the record)',
        security: [{ bearer: [] }],
        parameters: [idPath('Document id')],
        responses: { '200': jsonBody({ type: 'object', properties: { deleted: { type: 'integer' } } }, 'Deleted'), ...writeErrors },
      },
    },
    '/api/series/{id}': {
      patch: {
        summary: 'Rename a series',
        security: [{ bearer: [] }],
        parameters: [slugPath('Series id')],
        requestBody: body(renameBody),
        responses: { '200': jsonBody({ type: 'object' }, 'Renamed'), ...filingErrors },
      },
    },
    '/api/series/{id}/merge': {
      post: {
        summary: 'File every figure of this series under another of the same unit, now and for later articles',
        security: [{ bearer: [] }],
        parameters: [slugPath('Series id')],
        requestBody: body(mergeBody),
        responses: { '200': jsonBody({ type: 'object', properties: { reports: { type: 'array', items: ref('RebuildReport') } } }, 'Merged'), ...filingErrors },
      },
    },
    '/api/series/{id}/split': {
      post: {
        summary: 'Move chosen figures of this series to another subject and/or measure (a correction of each)',
        security: [{ bearer: [] }],
        parameters: [slugPath('Series id')],
        requestBody: body(splitBody),
        responses: { '200': jsonBody({ type: 'object', properties: { figures: { type: 'array', items: ref('Figure') } } }, 'Split'), ...filingErrors },
      },
    },
    '/api/entities/{id}/mapping': {
      put: {
        summary: 'File an unlisted name (entity id) under a listed entity of the gazetteer, now and for later articles',
        security: [{ bearer: [] }],
        parameters: [slugPath('Unlisted entity id')],
        requestBody: body(mappingBody),
        responses: { '200': jsonBody({ type: 'object', properties: { reports: { type: 'array', items: ref('RebuildReport') } } }, 'Mapped'), ...filingErrors },
      },
    },
  };
}

export function withCurationPaths(paths: Record<string, Json>): Record<string, Json> {
  const out: Record<string, Json> = { ...paths };
  for (const [path, ops] of Object.entries(curationOperations())) out[path] = { ...(out[path] ?? {}), ...ops };
  return out;
}
