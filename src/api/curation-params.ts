// Bodies and queries of the curation routes (zod). Messages reach people verbatim.
import { z } from 'zod';
import { FIGURE_KINDS, MEASURES, UNITS } from '../extract/types';
import { ApiError } from './errors';
import { dateParam, intParam, publishedParam } from './params';

const enumOf = <T extends string>(values: readonly T[]) =>
  z.enum(values as [T, ...T[]], { message: `must be one of ${values.join(', ')}` });

export const figureChangesBody = z
  .strictObject(
    {
      value: z.number({ message: 'must be a number' }).refine(Number.isFinite, { message: 'must be a finite number' }).optional(),
      unit: enumOf(UNITS).optional(),
      kind: enumOf(FIGURE_KINDS).optional(),
      measure: enumOf(MEASURES).optional(),
      asOf: dateParam.nullable().optional(),
      asOfTo: dateParam.nullable().optional(),
      subject: z.string().trim().min(1, { message: 'must not be empty' }).max(200, { message: 'must be at most 200 characters' }).optional(),
      approx: z.boolean({ message: 'must be true or false' }).optional(),
    },
    { error: (issue) => (issue.code === 'unrecognized_keys' ? `has ${issue.keys.map((k) => `"${k}"`).join(', ')}, which a correction cannot set (it sets value, unit, kind, measure, asOf, asOfTo, subject, approx)` : undefined) },
  )
  .refine((b) => Object.keys(b).length > 0, {
    message: 'must set at least one of value, unit, kind, measure, asOf, asOfTo, subject, approx; to reject a figure send DELETE, to confirm it POST …/confirm',
  })
  .superRefine((b, ctx) => {
    if (b.asOf && b.asOfTo && b.asOfTo < b.asOf) ctx.addIssue({ code: 'custom', path: ['asOfTo'], message: `must not be before asOf (${b.asOf})` });
  });

export const publishedBody = z.strictObject(
  { published: z.string({ message: 'is required: the publication date, written YYYY-MM-DD' }).pipe(publishedParam) },
  { error: (issue) => (issue.code === 'unrecognized_keys' ? `has ${issue.keys.map((k) => `"${k}"`).join(', ')}; send only {"published": "YYYY-MM-DD"}` : undefined) },
);

export const auditQuery = z.object({
  limit: intParam(1, 1000, 100),
  offset: intParam(0, 1_000_000_000, 0),
  document: z.string().regex(/^\d{1,15}$/, { message: 'must be a document id (a whole number)' }).transform(Number).optional(),
});

/** A numeric path id, or a 404 saying where to find the real ones. */
export function pathId(raw: string, what: string, where: string): number {
  const id = /^\d{1,15}$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isSafeInteger(id)) throw new ApiError(404, 'not_found', `No ${what} "${raw}". ${where}`);
  return id;
}

/** Curation bodies are JSON; say so plainly rather than failing on the parse. */
export function requireJson(contentType: string | undefined, example: string): void {
  if (!/^application\/json\b/i.test(contentType ?? '')) {
    throw new ApiError(415, 'unsupported_media_type', `Send the body as JSON: Content-Type: application/json, e.g. ${example}.`);
  }
}

const seriesIdField = (what: string) =>
  z.string({ message: `is required: ${what}` }).regex(/^[a-z0-9-]{1,200}$/, { message: 'series ids are lowercase letters, digits and dashes' });

const only = (fields: string) => ({
  error: (issue: { code: string; keys?: string[] }) =>
    issue.code === 'unrecognized_keys' ? `has ${(issue.keys ?? []).map((k) => `"${k}"`).join(', ')}; send only ${fields}` : undefined,
});

export const renameBody = z.strictObject(
  { label: z.string({ message: 'is required: the new label' }).trim().min(1, { message: 'must not be empty' }).max(200, { message: 'must be at most 200 characters' }) },
  only('{"label": "…"}'),
);

export const mergeBody = z.strictObject({ into: seriesIdField('the id of the series to merge into') }, only('{"into": "series-id"}'));

export const splitBody = z
  .strictObject(
    {
      figures: z
        .array(z.number().int().positive(), { message: 'is required: the ids of the figures to move' })
        .min(1, { message: 'must name at least one figure' })
        .max(90, { message: 'must name at most 90 figures a request' }),
      subject: z.string().trim().min(1, { message: 'must not be empty' }).max(200, { message: 'must be at most 200 characters' }).optional(),
      measure: z.enum(MEASURES as [string, ...string[]], { message: `must be one of ${MEASURES.join(', ')}` }).optional(),
    },
    only('{"figures": [ids], "subject"?: "…", "measure"?: "…"}'),
  )
  .refine((b) => b.subject !== undefined || b.measure !== undefined, { message: 'must give a subject or a measure for the figures to move to', path: ['subject'] });

export const mappingBody = z.strictObject(
  { to: z.string({ message: 'is required: the id of a listed entity' }).regex(/^[a-z0-9-]{1,200}$/, { message: 'entity ids are lowercase letters, digits and dashes' }) },
  only('{"to": "entity-id"}'),
);

/** A series or entity id from the path, or a 404. */
export function slugId(raw: string, what: string, where: string): string {
  if (!/^[a-z0-9-]{1,200}$/.test(raw)) throw new ApiError(404, 'not_found', `No ${what} "${raw}". ${where}`);
  return raw;
}
