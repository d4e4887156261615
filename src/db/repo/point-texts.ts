// A series' points as the JSON text the API serves them in, written by SQLite, for a read path that
// takes large values (the Node server's native file reads): an uncached series read otherwise had
// SQLite write the points as JSON, parsed it into objects, and wrote the same objects as JSON again
// (a third of its CPU). What observation grouping reads of each point is read back from the head
// of its texts (point-report.ts).
//
// A point's text is its figure's JSON, written when the figure was and read from the index that
// holds it (src/db/figure-json.ts, which says how numbers are kept exact), and its document's,
// written here (a document's title may change under its figures); the caller joins them. A point
// whose figure has no text (a number SQLite cannot write as JavaScript does) refuses the whole read
// (null), so the caller takes the general path. test/api/series-text.test.ts compares the two over
// awkward numbers and characters.
import { eq, sql } from 'drizzle-orm';
import type { Report } from '../../series/observations';
import { figureJson } from '../figure-json';
import { documents, figures } from '../schema';
import { pointFilterQuery, type PointFilter } from './filters';
import { reportReader } from './point-report';
import type { ReadPath } from './read-path';

/**
 * Texts as UTF-8, one per point in (asOf, id) order, each followed by a 0x01 byte but the last (JSON
 * escapes every control character, so 0x01 never occurs inside one): bytes that never become a
 * JavaScript string, copied as they are into the answer.
 */
export interface Texts {
  bytes: Uint8Array;
  /** Where each point's text ends in `bytes` (one past its closing brace). */
  ends: number[];
}

export interface PointTexts {
  /** Each point's figure as a closed JSON object (src/db/figure-json.ts). */
  figures: Texts;
  /** Each point's document: {"id":…,"title":…,"source":…,"url":…,"published":…}. */
  documents: Texts;
  /** The same points as reports (for observe), in the same order. */
  reports: (Report & { asOf: string })[];
}

const SEPARATOR = 1;

/** The served Point's document, as tupleToPoint builds it (src/db/repo/points.ts). */
const documentObject = sql`json_object('id', ${documents.id}, 'title', ${documents.title}, 'source', ${documents.source}, 'url', ${documents.url}, 'published', ${documents.published})`;

/** The points `filter` selects as served JSON texts, or null where this path cannot give them. */
export async function pointTexts(reads: Omit<ReadPath, 'db'>, filter: PointFilter): Promise<PointTexts | null> {
  // Both hold on the native path; a path without BLOBs would hand the texts over as a string.
  if (!reads.largeValues || !reads.blobs) return null;
  const { shape, args, where } = pointFilterQuery(filter);
  const [row] = await reads.values<[number, number, Uint8Array | null, Uint8Array | null]>({
    shape: shape === null ? null : `point-texts:${shape}`,
    args,
    build: (arg) => sql`
      SELECT count(*), count(figure), CAST(group_concat(figure, char(1)) AS BLOB), CAST(group_concat(document, char(1)) AS BLOB)
      FROM (SELECT ${figureJson(figures)} AS figure, ${documentObject} AS document
        FROM ${figures} INNER JOIN ${documents} ON ${eq(documents.id, figures.documentId)}
        WHERE ${where(arg)}
        ORDER BY ${figures.asOf}, ${figures.id})`,
  });
  if (!row || row[0] !== row[1]) return null;
  const none = { bytes: new Uint8Array(0), ends: [] };
  if (row[0] === 0) return { figures: none, documents: none, reports: [] };
  const figureTexts = texts(row[2]!);
  const documentTexts = texts(row[3]!);
  if (figureTexts.ends.length !== row[0] || documentTexts.ends.length !== row[0]) return null;
  const reports: PointTexts['reports'] = new Array(row[0]);
  const reader = reportReader();
  for (let i = 0; i < reports.length; i++) {
    const report = reader.report(figureTexts.bytes, start(figureTexts, i), documentTexts.bytes, start(documentTexts, i));
    if (!report) return null;
    // group_concat is not promised to keep the subquery's order: checked rather than trusted.
    const before = reports[i - 1];
    if (before && (before.asOf > report.asOf || (before.asOf === report.asOf && before.id >= report.id))) return null;
    reports[i] = report;
  }
  return { figures: figureTexts, documents: documentTexts, reports };
}

/** Where text `i` starts: just past the separator ending the one before. */
export function start(texts: Texts, i: number): number {
  return i === 0 ? 0 : texts.ends[i - 1]! + 1;
}

function texts(blob: Uint8Array): Texts {
  // A plain Uint8Array over the driver's Buffer: Buffer's own indexOf and subarray (per point,
  // several times) cost a native call and a Buffer object each.
  const bytes = new Uint8Array(blob.buffer, blob.byteOffset, blob.byteLength);
  const ends: number[] = [];
  for (let at = bytes.indexOf(SEPARATOR); at >= 0; at = bytes.indexOf(SEPARATOR, at + 1)) ends.push(at);
  ends.push(bytes.length);
  return { bytes, ends };
}
