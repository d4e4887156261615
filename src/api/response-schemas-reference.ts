// The reference routes' answers as zod schemas, registered in the same registry as the others
// (openapi-reference.ts imports this file, so they are registered before the document is built).
// The compiler checks each equals the type the routes serve (src/reference/types.ts).
import { z } from 'zod';
import type { ReferenceImportResponse, ReferenceListResponse, ReferenceResponse, ReferenceSummary, ReferenceValue } from '../reference/types';
import { components, count, measureSchema, nullableDate, unitSchema, type Assert, type Same } from './response-schemas';

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).meta({ format: 'date' });

export const referenceSummarySchema = z
  .strictObject({
    id: z.string().regex(/^[a-z0-9-]+$/),
    label: z.string(),
    source: z.literal('reference'),
    entity: z.string().meta({ description: 'The gazetteer entity of the news series it sits beside.' }),
    measure: measureSchema,
    unit: unitSchema,
    frequency: z.enum(['daily', 'monthly']),
    provider: z.string(),
    licence: z.string().nullable(),
    url: z.string().nullable(),
    retrieved: nullableDate,
    values: count,
    first: nullableDate,
    last: nullableDate,
  })
  .meta({ description: 'Official data from a provider (the EIA\'s Brent spot price), never mixed with news observations.' })
  .register(components, { id: 'ReferenceSummary' });

export const referenceListResponseSchema = z
  .strictObject({ references: z.array(referenceSummarySchema) })
  .register(components, { id: 'ReferenceListResponse' });

export const referenceValueSchema = z.strictObject({ date, value: z.number() }).register(components, { id: 'ReferenceValue' });

export const referenceResponseSchema = z
  .strictObject({
    reference: referenceSummarySchema,
    values: z.array(referenceValueSchema).meta({ description: 'The values in [from, to], in date order.' }),
    mean: z.number().nullable().meta({ description: 'Mean of those values, each day (or month) once; null when there are none.' }),
  })
  .register(components, { id: 'ReferenceResponse' });

export const referenceImportResponseSchema = z
  .strictObject({
    reference: referenceSummarySchema,
    imported: z.boolean().meta({ description: 'false when the same file was already stored for this series.' }),
    missing: count.meta({ description: 'Rows without a value (FRED\'s "."), skipped.' }),
  })
  .register(components, { id: 'ReferenceImportResponse' });

export type ReferenceSchemasMatchTypes = Assert<
  | Same<z.output<typeof referenceSummarySchema>, ReferenceSummary>
  | Same<z.output<typeof referenceListResponseSchema>, ReferenceListResponse>
  | Same<z.output<typeof referenceValueSchema>, ReferenceValue>
  | Same<z.output<typeof referenceResponseSchema>, ReferenceResponse>
  | Same<z.output<typeof referenceImportResponseSchema>, ReferenceImportResponse>
>;
