// Response shapes described once, as zod schemas: the OpenAPI components for them are generated
// (openapiComponents), the suite checks real responses against them, and the compiler checks that
// each equals the TypeScript type the code uses (src/db/types.ts keeps its interfaces, so the store
// needs neither zod nor the API). So far the series list and its summary, plus the enums every
// schema refers to; the other components of openapi-doc.ts are still written by hand.
import { z } from 'zod';
import { FIGURE_KINDS, MEASURES, PERS, UNITS, type FigureKind, type Measure, type Per, type Unit } from '../extract/types';
import type { SeriesSummary } from '../db/types';
import type { SeriesListResponse } from './types';

/** Schemas registered here become #/components/schemas/<id> and are referred to by $ref. */
const components = z.registry<{ id: string }>();

const oneOf = <T extends string>(values: readonly T[]) => z.enum(values as [T, ...T[]]);
const count = z.number().int().nonnegative();
const nullableDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).meta({ format: 'date' }).nullable();

export const unitSchema = oneOf<Unit>(UNITS).register(components, { id: 'Unit' });
export const figureKindSchema = oneOf<FigureKind>(FIGURE_KINDS).register(components, { id: 'FigureKind' });
export const measureSchema = oneOf<Measure>(MEASURES).register(components, { id: 'Measure' });
export const perSchema = oneOf<Per>(PERS)
  .nullable()
  .meta({ description: 'Period basis of a flow of money ("USD per month"); null for stocks and rates like bbl/d.' })
  .register(components, { id: 'Per' });

export const seriesSummarySchema = z
  .strictObject({
    id: z.string().regex(/^[a-z0-9-]+$/),
    label: z.string(),
    unit: unitSchema,
    entity: z.string().meta({ description: "The canonical entity's id ('' for series stored before measures were)." }),
    measure: measureSchema,
    per: perSchema,
    reports: count.meta({ description: 'Number of dated reports (all kinds), one per figure: a figure repeated by four articles counts 4.' }),
    observations: count.meta({
      description: 'Number of observations (all kinds): the dated reports grouped as GET /api/series/{id} groups them, so a figure repeated by four articles counts 1 and a disagreement 2.',
    }),
    points: count.meta({ deprecated: true, description: 'The same as `reports`; kept for clients written before `observations`.' }),
    first: nullableDate,
    last: nullableDate,
    kinds: z.array(figureKindSchema),
  })
  .meta({ description: 'One entity × measure × unit × period basis; the label says all four ("Iraq · exports · bbl/d").' })
  .register(components, { id: 'SeriesSummary' });

export const seriesListResponseSchema = z
  .strictObject({ series: z.array(seriesSummarySchema), total: count, limit: count, offset: count })
  .register(components, { id: 'SeriesListResponse' });

/** The generated OpenAPI components, keyed by schema id. */
export function openapiComponents(): Record<string, Record<string, unknown>> {
  const { schemas } = z.toJSONSchema(components, { uri: (id) => `#/components/schemas/${id}`, io: 'output' });
  return Object.fromEntries(
    Object.entries(schemas).map(([id, { $schema: _s, $id: _i, ...schema }]) => [id, schema as Record<string, unknown>]),
  );
}

// Compile-time: each schema's output is exactly the type the code serves, so neither can gain or
// lose a field without the other. (A mismatch fails `tsc` on the line below.)
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<T extends true> = T;
export type SchemasMatchTypes = Assert<
  Same<z.output<typeof seriesSummarySchema>, SeriesSummary> | Same<z.output<typeof seriesListResponseSchema>, SeriesListResponse>
>;
