// GET /api/references, GET /api/references/:id, POST /api/references (token-protected import):
// official series beside the news. The check on news figures is attached where figures are read
// (src/reference/attach.ts).
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { ReferenceCsvError } from '../reference/csv';
import { getReference, listReferences, referenceValuesBetween } from '../reference/read';
import { importReference } from '../reference/store';
import { referenceEntity, unknownSubjectMessage } from '../reference/subject';
import type { ReferenceImportResponse, ReferenceListResponse, ReferenceResponse } from '../reference/types';
import { requireToken } from './auth';
import { cached, type ResponseCache } from './cache';
import { requireJson } from './curation-params';
import type { AppEnv } from './env';
import { ApiError, notFound } from './errors';
import { REFERENCE_ID, referenceImportBody, referenceListQuery, referenceQuery } from './reference-params';
import { validate } from './validate';

const unknownReference = (id: string) => notFound(`No reference series "${id}". GET /api/references lists the ones there are.`);

export function referencesRoutes(memory: ResponseCache) {
  return new Hono<AppEnv>()
    .get('/references', cached(memory), validate('query', referenceListQuery), async (c) => {
      const references = await listReferences(c.var.db, c.req.valid('query'));
      return c.json({ references } satisfies ReferenceListResponse);
    })
    .get('/references/:id', cached(memory), validate('query', referenceQuery), async (c) => {
      const id = c.req.param('id');
      const reference = REFERENCE_ID.test(id) ? await getReference(c.var.db, id) : null;
      if (!reference) throw unknownReference(id);
      const q = c.req.valid('query');
      const values = await referenceValuesBetween(c.var.db, id, q.from, q.to);
      const mean = values.length ? values.reduce((s, v) => s + v.value, 0) / values.length : null;
      return c.json({ reference, values, mean } satisfies ReferenceResponse);
    })
    .post(
      '/references',
      requireToken,
      async (c, next) =>
        bodyLimit({
          maxSize: c.var.maxBodyBytes,
          onError: () => {
            throw new ApiError(413, 'payload_too_large', `The body is larger than ${c.var.maxBodyBytes} bytes; import a large file with npm run import-reference.`);
          },
        })(c, next),
      async (c, next) => {
        requireJson(c.req.header('Content-Type'), '{"csv": "Date,Price\\n2020-01-02,66.25", "id": "eia-brent-spot-daily", "subject": "brent", "measure": "price", "unit": "USD/bbl", "frequency": "daily"}');
        await next();
      },
      validate('json', referenceImportBody),
      async (c) => {
        const body = c.req.valid('json');
        const entity = referenceEntity(body.subject);
        if (!entity) throw new ApiError(400, 'bad_request', `Invalid request: body field "subject" ${unknownSubjectMessage(body.subject)}.`, [{ path: 'subject', message: unknownSubjectMessage(body.subject) }]);
        const description = {
          id: body.id,
          label: body.label ?? body.id,
          entity,
          measure: body.measure,
          unit: body.unit,
          frequency: body.frequency,
          provider: body.provider ?? 'unnamed provider',
          licence: body.licence ?? null,
          url: body.url ?? null,
          retrieved: body.retrieved ?? null,
        };
        const outcome = await importReference(c.var.db, description, body.csv, { dateColumn: body.dateColumn, valueColumn: body.valueColumn }).catch((error: unknown) => {
          if (!(error instanceof ReferenceCsvError)) throw error;
          const issues = error.problems.map((p) => ({ path: 'csv', message: p.line === null ? p.message : `line ${p.line}: ${p.message}` }));
          throw new ApiError(400, 'bad_request', `Refused, nothing stored: ${issues.map((i) => i.message).join('; ')}.`, issues);
        });
        if (outcome.imported) c.var.version.invalidate();
        const reference = await getReference(c.var.db, body.id);
        if (!reference) throw new Error(`reference ${body.id} missing right after its import`);
        return c.json({ reference, imported: outcome.imported, missing: outcome.missing } satisfies ReferenceImportResponse, outcome.imported ? 201 : 200);
      },
    );
}
