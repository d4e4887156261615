// Figures as served: one row per figure with the document it came from.
import { asc, eq, getTableColumns, sql, type Placeholder } from 'drizzle-orm';
import type { Point } from '../types';
import type { Orm } from '../orm';
import { documents, figures } from '../schema';
import { pointFilterQuery, type PointFilter } from './filters';
import type { ReadPath } from './read-path';

export type FigureOut = Omit<Point, 'document'>;

const { documentId: _documentId, ordinal: _ordinal, ...figureColumns } = getTableColumns(figures);

type FigureRow = typeof figures.$inferSelect;

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
    measure: row.measure,
    per: row.per,
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

/**
 * A point as one JSON array built by SQLite. Reading rows of ~20 columns through @libsql/client
 * costs about 20 µs a row (it builds an object per row); one text column parsed with JSON.parse
 * costs a quarter of that, which is what makes a million-row CSV export quick. SQLite writes reals
 * into JSON with 15 significant digits: exact for any figure an article can state.
 */
export const pointJson = sql<string>`json_array(
  ${figures.id}, ${figures.seriesId}, ${figures.value}, ${figures.unit}, ${figures.low}, ${figures.high},
  ${figures.approx}, ${figures.kind}, ${figures.asOf}, ${figures.asOfTo}, ${figures.subject}, ${figures.text},
  ${figures.start}, ${figures.end}, ${figures.sentence}, ${figures.attribution}, ${figures.confidence},
  json(${figures.tags}), json(${figures.derivedFrom}),
  ${documents.id}, ${documents.title}, ${documents.source}, ${documents.url}, ${documents.published},
  ${figures.measure}, ${figures.per}
)`;

/** A point as pointJson's array: the raw row, which exports read without building objects. */
export type PointTuple = [
  number, string, number, Point['unit'], number | null, number | null, number, Point['kind'], string | null, string | null,
  string, string, number, number, string, string | null, number, string[], number[],
  number, string | null, string | null, string | null, string | null, Point['measure'], Point['per'],
];

/** Positions in a PointTuple. */
export const AT = {
  id: 0, series: 1, value: 2, unit: 3, low: 4, high: 5, approx: 6, kind: 7, asOf: 8, asOfTo: 9, subject: 10, text: 11,
  start: 12, end: 13, sentence: 14, attribution: 15, confidence: 16, tags: 17, derivedFrom: 18,
  documentId: 19, title: 20, source: 21, url: 22, published: 23, measure: 24, per: 25,
} as const;

export function tupleToPoint(t: PointTuple): Point {
  return {
    id: t[0], series: t[1], value: t[2], unit: t[3], low: t[4], high: t[5], approx: t[6] === 1, kind: t[7],
    asOf: t[8], asOfTo: t[9], subject: t[10], text: t[11], start: t[12], end: t[13], sentence: t[14],
    attribution: t[15], confidence: t[16], tags: t[17], derivedFrom: t[18], measure: t[24], per: t[25],
    document: { id: t[19], title: t[20], source: t[21], url: t[22], published: t[23] },
  };
}

export function pointToTuple(p: Point): PointTuple {
  const d = p.document;
  return [
    p.id, p.series, p.value, p.unit, p.low, p.high, p.approx ? 1 : 0, p.kind, p.asOf, p.asOfTo, p.subject, p.text,
    p.start, p.end, p.sentence, p.attribution, p.confidence, p.tags, p.derivedFrom,
    d.id, d.title, d.source, d.url, d.published, p.measure, p.per,
  ];
}

export function parsePoint(json: string): Point {
  return tupleToPoint(JSON.parse(json) as PointTuple);
}

/** Dated points matching the filter, sorted by asOf then figure id. */
export async function listPoints(reads: ReadPath, filter: PointFilter, limit?: number): Promise<Point[]> {
  const { shape, args, where } = pointFilterQuery(filter);
  const limited = limit !== undefined;
  // Where one value may be large, the points come as one JSON text: one value through the driver
  // instead of one row per point (the native driver costs a few microseconds a row).
  const whole = reads.largeValues;
  const rows = await reads.values<[string | null]>({
    shape: shape === null ? null : `points:${shape}${limited ? ':l' : ''}${whole ? ':whole' : ''}`,
    args: limited ? { ...args, limit } : args,
    build: (arg) => {
      const query = reads.db
        .select({ json: whole ? pointJson.as('point') : pointJson })
        .from(figures)
        .innerJoin(documents, eq(documents.id, figures.documentId))
        .where(where(arg))
        .orderBy(asc(figures.asOf), asc(figures.id));
      const ordered = (limited ? query.limit(arg('limit') as number | Placeholder) : query).getSQL();
      // group_concat keeps the subquery's order in SQLite (the CSV's chunks check it; here the
      // points are sorted again below only if it did not).
      return whole ? sql`SELECT group_concat(point, ',') FROM (${ordered})` : ordered;
    },
  });
  if (!whole) return rows.map((r) => parsePoint(r[0]!));
  const tuples = JSON.parse(`[${rows[0]?.[0] ?? ''}]`) as PointTuple[];
  return inPointOrder(tuples.map(tupleToPoint));
}

/** Points by asOf then id, as the query orders them: sorted again only if an aggregate did not keep it. */
function inPointOrder(points: Point[]): Point[] {
  const before = (a: Point, b: Point) => a.asOf! < b.asOf! || (a.asOf === b.asOf && a.id < b.id);
  for (let i = 1; i < points.length; i++) {
    if (!before(points[i - 1]!, points[i]!)) return points.sort((a, b) => (before(a, b) ? -1 : 1));
  }
  return points;
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
