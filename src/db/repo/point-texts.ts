// A series' points as the JSON text the API serves them in, written by SQLite, for a read path that
// takes large values (the Node server's native file reads): an uncached series read otherwise had
// SQLite write the points as JSON, parsed it into objects, and wrote the same objects as JSON again
// (a third of its CPU). Beside the texts come the few columns observation grouping reads.
//
// The text is byte for byte what JSON.stringify writes of listPoints' point (same keys, same
// order, same escapes: SQLite's and JavaScript's JSON strings escape alike), but for its closing
// brace, which the caller writes after the point's observation id. Numbers are the exception SQLite
// writes its own way: a real that is whole prints as 300000.0 there, and one of 10^15 or more, or
// under 10^-4, with an exponent. Whole numbers below 10^15 are handed over as integers and others
// from 10^-4 to 10^15 printed with %.15g (what JavaScript writes of the value SQLite's JSON gives,
// as in csv-lines.ts); a point holding any other number gives no text, and the whole read is
// refused (null), so the caller takes the general path. test/api/series-text.test.ts compares the
// two over awkward numbers and characters.
import { eq, sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import type { Report } from '../../series/observations';
import { documents, figures } from '../schema';
import { inOrder } from './csv-lines';
import { pointFilterQuery, type PointFilter } from './filters';
import type { ReadPath } from './read-path';

/** What grouping reads of a point: id, series, kind, value, low, high, asOf, asOfTo, document id. */
type LightTuple = [number, string, Report['kind'], number, number | null, number | null, string, string | null, number];

export interface PointTexts {
  /**
   * The points' JSON objects as UTF-8, in (asOf, id) order, each followed by a 0x01 byte but the
   * last (JSON escapes every control character, so 0x01 never occurs inside one): bytes that never
   * become a JavaScript string, copied as they are into the answer.
   */
  json: Uint8Array;
  /** Where each point's object ends in `json` (one past its closing brace). */
  ends: number[];
  /** The same points as reports (for observe), in the same order. */
  reports: (Report & { asOf: string })[];
}

const SEPARATOR = 1;

/** Whether SQLite can write `x` the way JavaScript does (see above). */
const writable = (x: SQLWrapper) =>
  sql`(${x} IS NULL OR (abs(${x}) < 1e15 AND ${x} = CAST(${x} AS INTEGER)) OR (abs(${x}) >= 1e-4 AND abs(${x}) < 999999999999999.0))`;

/**
 * `x` as a JSON value JavaScript would write alike (only where `writable`). Between 10^-4 and just
 * under 1 SQLite's own JSON writes a real as %.15g does (it differs only where 15 digits round to
 * a whole number, which none there can): the real goes in as it is, without printing it and
 * parsing the text back with json() (a point's confidence always took that way).
 */
const number = (x: SQLWrapper) =>
  sql`CASE WHEN ${x} IS NULL THEN NULL WHEN abs(${x}) < 1e15 AND ${x} = CAST(${x} AS INTEGER) THEN CAST(${x} AS INTEGER) WHEN abs(${x}) BETWEEN 1e-4 AND 0.9999999999999 THEN ${x} ELSE json(printf('%.15g', ${x})) END`;

/** The served Point's keys in tupleToPoint's order (src/db/repo/points.ts). */
const pointObject: SQL = sql`json_object(
  'id', ${figures.id}, 'series', ${figures.seriesId}, 'value', ${number(figures.value)}, 'unit', ${figures.unit},
  'low', ${number(figures.low)}, 'high', ${number(figures.high)},
  'approx', CASE WHEN ${figures.approx} = 1 THEN json('true') ELSE json('false') END,
  'kind', ${figures.kind}, 'asOf', ${figures.asOf}, 'asOfTo', ${figures.asOfTo}, 'subject', ${figures.subject}, 'text', ${figures.text},
  'start', ${figures.start}, 'end', ${figures.end}, 'sentence', ${figures.sentence}, 'attribution', ${figures.attribution},
  'confidence', ${number(figures.confidence)}, 'tags', json(${figures.tags}), 'derivedFrom', json(${figures.derivedFrom}),
  'measure', ${figures.measure}, 'per', ${figures.per},
  'document', json_object('id', ${documents.id}, 'title', ${documents.title}, 'source', ${documents.source}, 'url', ${documents.url}, 'published', ${documents.published})
)`;

const allWritable = sql`${writable(figures.value)} AND ${writable(figures.low)} AND ${writable(figures.high)} AND ${writable(figures.confidence)}`;

/** The points `filter` selects as served JSON texts, or null where this path cannot give them. */
export async function pointTexts(reads: Omit<ReadPath, 'db'>, filter: PointFilter): Promise<PointTexts | null> {
  // Both hold on the native path; a path without BLOBs would hand the texts over as a string.
  if (!reads.largeValues || !reads.blobs) return null;
  const { shape, args, where } = pointFilterQuery(filter);
  const [row] = await reads.values<[number, number, Uint8Array | null, string | null]>({
    shape: shape === null ? null : `point-texts:${shape}`,
    args,
    build: (arg) => sql`
      SELECT count(*), count(point), CAST(group_concat(point, char(1)) AS BLOB), group_concat(light, ',')
      FROM (SELECT CASE WHEN ${allWritable} THEN ${pointObject} END AS point,
          json_array(${figures.id}, ${figures.seriesId}, ${figures.kind}, ${figures.value}, ${figures.low}, ${figures.high}, ${figures.asOf}, ${figures.asOfTo}, ${documents.id}) AS light
        FROM ${figures} INNER JOIN ${documents} ON ${eq(documents.id, figures.documentId)}
        WHERE ${where(arg)}
        ORDER BY ${figures.asOf}, ${figures.id})`,
  });
  if (!row || row[0] !== row[1]) return null;
  if (row[0] === 0) return { json: new Uint8Array(0), ends: [], reports: [] };
  const tuples = JSON.parse(`[${row[3]}]`) as LightTuple[];
  if (!inOrder(tuples)) return null;
  const json = row[2]!;
  const ends: number[] = [];
  for (let at = json.indexOf(SEPARATOR); at >= 0; at = json.indexOf(SEPARATOR, at + 1)) ends.push(at);
  ends.push(json.length);
  if (ends.length !== tuples.length) return null;
  const reports = tuples.map(([id, series, kind, value, low, high, asOf, asOfTo, document]) => ({
    id, series, kind, value, low, high, asOf, asOfTo, document: { id: document },
  }));
  return { json, ends, reports };
}
