// Figures as served: one row per figure with the document it came from.
import { asc, eq, getTableColumns } from 'drizzle-orm';
import type { Point } from '../../api/types';
import type { Orm } from '../orm';
import { documents, figures } from '../schema';
import { pointWhere, type PointFilter } from './filters';

export type FigureOut = Omit<Point, 'document'>;

const { documentId: _documentId, ordinal: _ordinal, ...figureColumns } = getTableColumns(figures);

export const pointColumns = {
  ...figureColumns,
  documentId: figures.documentId,
  documentTitle: documents.title,
  documentSource: documents.source,
  documentUrl: documents.url,
  documentPublished: documents.published,
};

type FigureRow = typeof figures.$inferSelect;
type PointRow = Omit<FigureRow, 'ordinal'> & {
  documentTitle: string | null;
  documentSource: string | null;
  documentUrl: string | null;
  documentPublished: string | null;
};

export function toFigure(row: Omit<FigureRow, 'ordinal' | 'documentId'>): FigureOut {
  return {
    id: row.id,
    series: row.seriesId,
    value: row.value,
    unit: row.unit,
    low: row.low,
    high: row.high,
    approx: row.approx,
    kind: row.kind,
    asOf: row.asOf,
    asOfTo: row.asOfTo,
    subject: row.subject,
    text: row.text,
    start: row.start,
    end: row.end,
    sentence: row.sentence,
    attribution: row.attribution,
    confidence: row.confidence,
    tags: row.tags,
    derivedFrom: row.derivedFrom,
  };
}

export function toPoint(row: PointRow): Point {
  return {
    ...toFigure(row),
    document: {
      id: row.documentId,
      title: row.documentTitle,
      source: row.documentSource,
      url: row.documentUrl,
      published: row.documentPublished,
    },
  };
}

/** Dated points matching the filter, sorted by asOf then figure id. */
export async function listPoints(db: Orm, filter: PointFilter, limit?: number): Promise<Point[]> {
  const query = db
    .select(pointColumns)
    .from(figures)
    .innerJoin(documents, eq(documents.id, figures.documentId))
    .where(pointWhere(filter))
    .orderBy(asc(figures.asOf), asc(figures.id));
  const rows = limit === undefined ? await query : await query.limit(limit);
  return rows.map(toPoint);
}

/** Every figure of one document, dated or not, in text order. */
export async function listDocumentFigures(db: Orm, documentId: number): Promise<FigureOut[]> {
  const rows = await db
    .select(figureColumns)
    .from(figures)
    .where(eq(figures.documentId, documentId))
    .orderBy(asc(figures.start), asc(figures.ordinal));
  return rows.map(toFigure);
}
