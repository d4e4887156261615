// The answers of the routes for finding and adding (search, preview, events writes, the data
// version) as zod schemas, registered with the others so /api/openapi.json generates their
// components; the compiler checks each equals the type the route serves, and the search suite
// checks real answers against them on every engine.
import { z } from 'zod';
import type { DocumentHit, SeriesHit } from '../db/repo/search';
import type { MarkedText } from '../search/snippet';
import { components, count, eventItemSchema, figureKindSchema, measureSchema, nullableDate, perSchema, unitSchema, type Assert, type Same } from './response-schemas';
import type { EventItem } from './types';

export const markedTextSchema = z
  .strictObject({
    text: z.string(),
    marks: z.array(z.tuple([count, count])).meta({ description: '[start, end) UTF-16 offsets into text of each matched word.' }),
  })
  .register(components, { id: 'MarkedText' });

export const seriesHitSchema = z
  .strictObject({
    id: z.string(),
    label: z.string(),
    entity: z.string(),
    entityLabel: z.string().nullable(),
    matched: z.enum(['name', 'alias']).meta({ description: "name: the series' or its entity's name; alias: a gazetteer alias of its entity." }),
  })
  .register(components, { id: 'SeriesHit' });

export const documentHitSchema = z
  .strictObject({
    id: z.number().int(),
    title: z.string().nullable(),
    source: z.string().nullable(),
    url: z.string().nullable(),
    published: nullableDate,
    sentence: markedTextSchema.meta({ description: 'The sentence holding the best match (cut from FTS5 snippet()), its matched words marked.' }),
    series: z.array(z.string()).meta({ description: "Series the document's figures belong to." }),
  })
  .register(components, { id: 'DocumentHit' });

export const searchResponseSchema = z
  .strictObject({
    q: z.string(),
    series: z.array(seriesHitSchema).meta({ description: 'Up to 50 series, name matches (bm25) before alias matches.' }),
    documents: z.array(documentHitSchema).meta({ description: 'A page of documents, best bm25 first (title words weigh 4×).' }),
    total: count.meta({ description: 'Documents matching in all.' }),
    limit: count,
    offset: count,
  })
  .register(components, { id: 'SearchResponse' });

export const previewFigureSchema = z
  .strictObject({
    value: z.number(),
    unit: unitSchema,
    per: perSchema,
    kind: figureKindSchema,
    measure: measureSchema,
    approx: z.boolean(),
    asOf: nullableDate,
    asOfTo: nullableDate,
    subject: z.string(),
    series: z.string(),
    start: count,
    end: count,
    text: z.string(),
  })
  .register(components, { id: 'PreviewFigure' });

export const previewResponseSchema = z
  .strictObject({
    text: z.string().meta({ description: 'The text as it would be stored (HTML converted); figure offsets point into it.' }),
    published: nullableDate,
    figures: z.array(previewFigureSchema),
    notes: z.array(z.string()),
  })
  .register(components, { id: 'PreviewResponse' });

export const eventResponseSchema = z.strictObject({ event: eventItemSchema }).register(components, { id: 'EventResponse' });

export const versionResponseSchema = z
  .strictObject({ version: count.meta({ description: 'Bumped by every write that changes data; poll it to know when to reload.' }) })
  .register(components, { id: 'VersionResponse' });

export type SearchResponse = z.output<typeof searchResponseSchema>;
export type PreviewFigure = z.output<typeof previewFigureSchema>;
export type PreviewResponse = z.output<typeof previewResponseSchema>;
export type EventResponse = z.output<typeof eventResponseSchema>;
export type VersionResponse = z.output<typeof versionResponseSchema>;

export type FindSchemasMatchTypes = Assert<
  | Same<z.output<typeof markedTextSchema>, MarkedText>
  | Same<z.output<typeof seriesHitSchema>, SeriesHit>
  | Same<z.output<typeof documentHitSchema>, DocumentHit>
  | Same<EventResponse['event'], EventItem>
>;
