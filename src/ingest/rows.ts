// The rows a document's storage writes: the document, the entities and series its figures are
// filed under, and the figure rows. Pure and shared by every write path: the one-document batch
// (POST /api/documents on libSQL and D1, re-extraction) and the bulk writer (src/ingest/store.ts),
// so a figure is stored the same way whichever path took it.
import type { ExtractResult, Figure } from '../extract/types';
import type { documents, entities, figures, series } from '../db/schema';
import type { SeriesKey } from '../series/key';
import type { IngestInput } from './index';

export type DocumentRow = Omit<typeof documents.$inferInsert, 'id'>;
export type EntityRow = typeof entities.$inferInsert;
export type SeriesRow = typeof series.$inferInsert;
export type FigureRow<D> = Omit<typeof figures.$inferInsert, 'documentId' | 'id'> & { documentId: D };

export function documentRow(input: IngestInput, result: ExtractResult, hash: string, ingestedAt: string): DocumentRow {
  return {
    hash,
    title: input.title ?? null,
    source: input.source ?? null,
    url: input.url ?? null,
    published: result.published,
    publishedSource: result.publishedSource,
    text: input.text,
    ingestedAt,
  };
}

export function uniqueEntities(keys: readonly SeriesKey[]): EntityRow[] {
  const seen = new Map<string, EntityRow>();
  for (const { entity: e } of keys) {
    if (!seen.has(e.id)) seen.set(e.id, { id: e.id, label: e.label, kind: e.kind, partOf: e.partOf, listed: e.listed });
  }
  return [...seen.values()];
}

export function uniqueSeries(keys: readonly SeriesKey[]): SeriesRow[] {
  const seen = new Map<string, SeriesRow>();
  for (const k of keys) {
    if (!seen.has(k.id)) seen.set(k.id, { id: k.id, label: k.label, unit: k.unit, entityId: k.entity.id, measure: k.measure, per: k.per });
  }
  return [...seen.values()];
}

export function figureRow<D>(f: Figure, key: SeriesKey, ordinal: number, documentId: D): FigureRow<D> {
  return {
    documentId,
    ordinal,
    seriesId: key.id,
    proposedSeries: f.series,
    measure: key.measure,
    per: f.per,
    value: f.value,
    unit: f.unit,
    low: f.low,
    high: f.high,
    approx: f.approx,
    kind: f.kind,
    asOf: f.asOf,
    asOfTo: f.asOfTo,
    subject: f.subject,
    start: f.start,
    end: f.end,
    text: f.text,
    sentence: f.sentence,
    attribution: f.attribution,
    confidence: f.confidence,
    tags: f.tags,
    derivedFrom: f.derivedFrom,
  };
}

export function chunk<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
