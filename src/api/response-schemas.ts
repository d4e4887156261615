// Response shapes described once, as zod schemas: the OpenAPI components for them are generated
// (openapiComponents), the suite checks real responses against them, and the compiler checks that
// each equals the TypeScript type the code uses (src/db/types.ts keeps its interfaces, so the store
// needs neither zod nor the API). Every answer of the series, documents, events and compare routes,
// the shapes and enums they are made of, and the one error shape; the curation routes' answers are
// in ./response-schemas-curation.ts, registered in the same registry.
import { z } from 'zod';
import { FIGURE_KINDS, MEASURES, PERS, UNITS, type DateSource, type FigureKind, type Measure, type Per, type Unit } from '../extract/types';
import type { BucketMean } from '../series/periods';
import { CHECK_STATUSES, type ReferenceCheck } from '../reference/check';
import type { DocumentRef, DocumentSummary, Point, SeriesSummary } from '../db/types';
import type {
  CompareResponse,
  CompareSide,
  CompareStraddler,
  DocumentResponse,
  DocumentsResponse,
  ErrorResponse,
  EventItem,
  EventsResponse,
  IngestResponse,
  Observation,
  ObservedPoint,
  SeriesListResponse,
  SeriesResponse,
} from './types';

/** Schemas registered here become #/components/schemas/<id> and are referred to by $ref. */
export const components = z.registry<{ id: string }>();

/** The ways a document's publication date was found (DateSource in src/extract/types.ts). */
const DATE_SOURCES = ['manifest', 'dateline', 'inferred', 'unknown'] as const satisfies readonly DateSource[];

export const oneOf = <T extends string>(values: readonly T[]) => z.enum(values as [T, ...T[]]);
export const count = z.number().int().nonnegative();
const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).meta({ format: 'date' });
export const nullableDate = date.nullable();

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

export const documentRefSchema = z
  .strictObject({ id: z.number().int(), title: z.string().nullable(), source: z.string().nullable(), url: z.string().nullable(), published: nullableDate })
  .register(components, { id: 'DocumentRef' });

export const referenceCheckSchema = z
  .strictObject({
    reference: z.string().meta({ description: 'Id of the reference series (GET /api/references/{id}).' }),
    label: z.string().meta({ description: 'Its label, e.g. "EIA Brent spot".' }),
    refDate: nullableDate.meta({ description: 'The trading day (nearest within 3 days) or month whose value was used; null when none.' }),
    refValue: z.number().nullable(),
    diffPct: z.number().nullable().meta({ description: '100 × (figure − reference) / |reference|, to 0.1; null when no value.' }),
    status: oneOf(CHECK_STATUSES).meta({ description: 'agrees: within 3 %; near: 3-10 %; off: beyond 10 %; no reference: none that day.' }),
  })
  .meta({ description: 'A level checked against the official series of its entity × measure × unit.' })
  .register(components, { id: 'ReferenceCheck' });

export const figureSchema = z
  .strictObject({
    id: z.number().int(),
    series: z.string(),
    value: z.number(),
    unit: unitSchema,
    low: z.number().nullable(),
    high: z.number().nullable(),
    approx: z.boolean(),
    kind: figureKindSchema,
    measure: measureSchema,
    per: perSchema,
    asOf: nullableDate,
    asOfTo: nullableDate,
    subject: z.string(),
    text: z.string(),
    start: count,
    end: count,
    sentence: z.string(),
    attribution: z.string().nullable(),
    confidence: z.number().min(0).max(1),
    tags: z.array(z.string()),
    derivedFrom: z.array(z.number().int()).meta({ description: 'Ids of the figures a derived figure was computed from.' }),
    check: referenceCheckSchema.optional().meta({ description: 'Only on levels of a series a reference covers.' }),
  })
  .meta({ description: 'One extracted figure with its evidence: `text` is exactly the document text from `start` to `end` (UTF-16 offsets).' })
  .register(components, { id: 'Figure' });

export const pointSchema = figureSchema.extend({ document: documentRefSchema }).register(components, { id: 'Point' });

export const observedPointSchema = pointSchema
  .extend({ observation: z.string().meta({ description: 'Id of the observation this report is counted in.' }) })
  .register(components, { id: 'ObservedPoint' });

export const observationSchema = z
  .strictObject({
    id: z.string().meta({ description: '"o" + the smallest figure id among its reports.' }),
    series: z.string(),
    kind: figureKindSchema,
    value: z.number().meta({ description: 'Mean of the agreeing reports.' }),
    low: z.number().nullable(),
    high: z.number().nullable(),
    asOf: date,
    asOfTo: nullableDate,
    days: count.meta({ description: 'Days covered, both ends included.' }),
    figures: z.array(z.number().int()),
    documents: z.array(z.number().int()),
    disagrees: z.array(z.string()).meta({ description: 'Observations of the same series, period and kind whose values disagree with this one.' }),
  })
  .meta({ description: 'Reports of one series, period and kind that agree (within 1 %, or overlapping ranges), counted once.' })
  .register(components, { id: 'Observation' });

export const bucketMeanSchema = z
  .strictObject({ from: date, to: date, mean: z.number(), days: count.meta({ description: 'Observation-days the mean rests on.' }) })
  .register(components, { id: 'BucketMean' });

export const documentSummarySchema = documentRefSchema
  .extend({
    publishedSource: oneOf<DateSource>(DATE_SOURCES),
    figures: count,
    ingestedAt: z.string().meta({ format: 'date-time' }),
  })
  .register(components, { id: 'DocumentSummary' });

export const documentsResponseSchema = z
  .strictObject({ documents: z.array(documentSummarySchema), total: count, limit: count, offset: count })
  .register(components, { id: 'DocumentsResponse' });

export const documentResponseSchema = z
  .strictObject({
    document: documentSummarySchema.extend({ hash: z.string(), text: z.string() }),
    figures: z.array(figureSchema).meta({ description: 'Every figure of the document, dated or not, in text order.' }),
  })
  .register(components, { id: 'DocumentResponse' });

export const ingestResponseSchema = z
  .strictObject({
    created: z.boolean(),
    document: documentSummarySchema,
    figures: z.array(figureSchema),
    notes: z.array(z.string()).meta({ description: 'How the text was read (HTML converted to text, BOM or CRLF kept).' }),
  })
  .register(components, { id: 'IngestResponse' });

export const seriesResponseSchema = z
  .strictObject({
    series: seriesSummarySchema,
    points: z.array(observedPointSchema),
    observations: z.array(observationSchema),
    means: z.array(bucketMeanSchema).optional().meta({ description: 'Only with every=week|month.' }),
  })
  .register(components, { id: 'SeriesResponse' });

export const eventItemSchema = z.strictObject({ id: z.string(), date, label: z.string() }).register(components, { id: 'EventItem' });

export const eventsResponseSchema = z
  .strictObject({ events: z.array(eventItemSchema).meta({ description: 'Sorted by date.' }) })
  .register(components, { id: 'EventsResponse' });

export const compareSideSchema = z
  .strictObject({
    from: date,
    to: date,
    mean: z.number().nullable().meta({ description: 'Mean of the observations wholly inside the window, each weighed by the days it covers.' }),
    count: count.meta({ description: 'Observations.' }),
    reports: count,
    documents: count,
    observations: z.array(observationSchema),
    points: z.array(observedPointSchema),
  })
  .register(components, { id: 'CompareSide' });

export const compareStraddlerSchema = z
  .strictObject({ observation: observationSchema, why: z.string(), points: z.array(observedPointSchema) })
  .register(components, { id: 'CompareStraddler' });

export const compareResponseSchema = z
  .strictObject({
    series: seriesSummarySchema,
    event: eventItemSchema,
    window: count,
    before: compareSideSchema,
    after: compareSideSchema,
    straddlers: z
      .array(compareStraddlerSchema)
      .meta({ description: 'Observations over a period that crosses the event or a window edge: counted on neither side.' }),
    change: z.number().nullable(),
    percentChange: z.number().nullable(),
  })
  .register(components, { id: 'CompareResponse' });

export const errorResponseSchema = z
  .strictObject({
    error: z.strictObject({
      status: z.number().int(),
      code: z.string().meta({ description: 'Stable and machine-readable, e.g. "bad_request", "not_found", "unauthorized".' }),
      message: z.string().meta({ description: 'What went wrong and what to do, for people.' }),
      issues: z
        .array(z.strictObject({ path: z.string(), message: z.string() }))
        .optional()
        .meta({ description: 'For validation errors: which parameter, and why.' }),
    }),
  })
  .meta({ description: 'The one error shape of every non-2xx response.' })
  .register(components, { id: 'ErrorResponse' });

/** The generated OpenAPI components, keyed by schema id. */
export function openapiComponents(): Record<string, Record<string, unknown>> {
  const { schemas } = z.toJSONSchema(components, { uri: (id) => `#/components/schemas/${id}`, io: 'output' });
  return Object.fromEntries(
    Object.entries(schemas).map(([id, { $schema: _s, $id: _i, ...schema }]) => [id, schema as Record<string, unknown>]),
  );
}

// Compile-time: each schema's output is exactly the type the code serves, so neither can gain or
// lose a field without the other. (A mismatch fails `tsc` on the line below.)
export type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export type Assert<T extends true> = T;
export type SchemasMatchTypes = Assert<
  | Same<z.output<typeof seriesSummarySchema>, SeriesSummary>
  | Same<z.output<typeof seriesListResponseSchema>, SeriesListResponse>
  | Same<z.output<typeof documentRefSchema>, DocumentRef>
  | Same<z.output<typeof figureSchema>, Omit<Point, 'document'>>
  | Same<z.output<typeof pointSchema>, Point>
  | Same<z.output<typeof observedPointSchema>, ObservedPoint>
  | Same<z.output<typeof observationSchema>, Observation>
  | Same<z.output<typeof bucketMeanSchema>, BucketMean>
  | Same<z.output<typeof seriesResponseSchema>, SeriesResponse>
  | Same<z.output<typeof documentSummarySchema>, DocumentSummary>
  | Same<z.output<typeof documentsResponseSchema>, DocumentsResponse>
  | Same<z.output<typeof documentResponseSchema>, DocumentResponse>
  | Same<z.output<typeof ingestResponseSchema>, IngestResponse>
  | Same<z.output<typeof eventItemSchema>, EventItem>
  | Same<z.output<typeof eventsResponseSchema>, EventsResponse>
  | Same<z.output<typeof compareSideSchema>, CompareSide>
  | Same<z.output<typeof compareStraddlerSchema>, CompareStraddler>
  | Same<z.output<typeof compareResponseSchema>, CompareResponse>
  | Same<z.output<typeof errorResponseSchema>, ErrorResponse>
  | Same<z.output<typeof referenceCheckSchema>, ReferenceCheck>
  | Same<(typeof DATE_SOURCES)[number], DocumentSummary['publishedSource']>
>;
