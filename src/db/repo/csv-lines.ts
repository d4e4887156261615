// Report rows of the CSV export with their cells written by SQLite: each row's cells (all but the
// observation id) printed by one printf, a chunk of rows joined into one string, so the driver
// hands over one value per chunk instead of a value (or an object) per cell. What observation
// grouping reads is among those cells: the API reads it from them (src/api/csv-light-rows.ts).
//
// Cells are separated by control characters (CELL before a text cell, VALUE before a number, the
// approx flag or an id) and rows by ROW; the API turns them into CSV (src/api/csv.ts, where the
// quoting rules live: text cells are cared for there by a few native replacements over the chunk,
// measured about 1.4× faster end to end than quoting each cell in SQL). Numbers are written here exactly as the
// JavaScript renderer writes them, or refused: a number SQLite cannot write the same way becomes
// ROW, so the chunk holds more rows than it should and is rendered in JavaScript from raw rows.
// test/api/csv-lines.test.ts compares the two renderers.
import { sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import type { FigureKind } from '../../extract/types';
import { documents, figures } from '../schema';
import { pointFilterQuery, type PointFilter } from './filters';
import type { ReadPath } from './read-path';

/** Before each row but the first, before each text cell but the row's first, before other cells. */
export const ROW = '\u0001';
export const CELL = '\u001f';
export const VALUE = '\u001e';

/** What grouping reads of a row, plus the document's source name when sources are filtered. */
export type LightRow = [
  id: number, series: string, kind: FigureKind, value: number, low: number | null, high: number | null,
  asOf: string, asOfTo: string | null, source?: string | null,
];

export interface CellChunk {
  /**
   * The rows' cells, separated as above; every row also ends with CELL (observation_id's place).
   * Its UTF-8 bytes where the read path hands BLOBs over as bytes (the native driver).
   */
  text: string | Uint8Array;
  /** Rows SQLite read: a chunk whose cells hold another number of rows must be refused. */
  count: number;
}

/**
 * A number as JavaScript's String() writes the value SQLite's JSON gives (what the export wrote
 * before lines were built in SQL): whole numbers below 10^15 without ".0"; other numbers of a size
 * SQLite writes without an exponent (10^-4 up to 10^15) with its 15 significant digits, which
 * JavaScript writes alike (%g, not SQLite's own %!.15g: 2364504088182.00003 rounds to a whole
 * number, which JavaScript writes without ".0"); anything else the separator, refusing the chunk.
 */
export function numberCell(x: SQLWrapper): SQL {
  return sql`CASE WHEN ${x} IS NULL THEN '' WHEN abs(${x}) < 1e15 AND ${x} = CAST(${x} AS INTEGER) THEN printf('%d', ${x}) WHEN abs(${x}) >= 1e-4 AND abs(${x}) < 999999999999999.0 THEN printf('%.15g', ${x}) ELSE char(1) END`;
}

/** The report row's cells in CSV_COLUMNS order, without observation_id (computed in JavaScript). */
// printf's %s writes NULL as nothing, so text needs no coalesce (14 calls a row fewer).
const text = (x: SQLWrapper) => ({ text: true, cell: sql`${x}` });
const value = (cell: SQL) => ({ text: false, cell });
const cells = [
  text(figures.asOf), text(figures.asOfTo), value(numberCell(figures.value)), text(figures.unit), text(figures.kind),
  value(sql`CASE WHEN ${figures.approx} THEN 'true' ELSE 'false' END`), value(numberCell(figures.low)), value(numberCell(figures.high)),
  text(figures.subject), text(figures.seriesId), text(documents.title), text(documents.source),
  text(documents.url), text(documents.published), text(figures.sentence), text(figures.text),
  value(sql`${documents.id}`), value(sql`${figures.id}`), text(figures.measure), text(figures.per),
];
const format = cells.map((c, i) => (i === 0 ? '' : c.text ? CELL : VALUE) + '%s').join('') + CELL;
// One printf per row: || would copy the growing line once per cell (measured about twice as slow).
const line = sql`printf(${sql.raw(`'${format}'`)}, ${sql.join(cells.map((c) => c.cell), sql`, `)})`;

/** Separators a row of cells holds: one before every cell but the first, and the one at its end. */
export const SEPARATORS_PER_ROW = cells.length;

/**
 * Up to `limit` rows after the cursor, in (asOf, id) order, as cells (the caller checks the order
 * it reads from them: see inOrder). Undated figures are never rows. The document's source is
 * among the cells, so the sources filter needs no other statement.
 */
export async function cellChunk(
  reads: ReadPath,
  filter: PointFilter,
  after: { asOf: string; id: number } | null,
  limit: number,
): Promise<CellChunk> {
  const { shape, args, where } = pointFilterQuery(filter);
  const [row] = await reads.values<[number, string | Uint8Array | null]>({
    shape: shape === null ? null : `csv-lines:${shape}${reads.blobs ? ':bytes' : ''}${after ? ':after' : ''}`,
    args: after ? { ...args, afterAsOf: after.asOf, afterId: after.id, limit } : { ...args, limit },
    build: (arg) => {
      const rest = after ? sql` AND (${figures.asOf}, ${figures.id}) > (${arg('afterAsOf')}, ${arg('afterId')})` : sql``;
      return sql`
        SELECT count(*), ${reads.blobs ? sql`CAST(group_concat(line, char(1)) AS BLOB)` : sql`group_concat(line, char(1))`}
        FROM (SELECT ${line} AS line
          FROM ${figures} INNER JOIN ${documents} ON ${documents.id} = ${figures.documentId}
          WHERE ${where(arg)}${rest}
          ORDER BY ${figures.asOf}, ${figures.id}
          LIMIT ${arg('limit')})`;
    },
  });
  // Indexed, not destructured: @libsql/client's rows are array-like but not iterable.
  return { text: row?.[1] ?? '', count: Number(row?.[0] ?? 0) };
}

/**
 * group_concat is not promised to keep the subquery's order: checked rather than trusted. Any
 * tuple laid out as LightRow (id first, asOf seventh) will do, as point-texts.ts's do.
 */
export function inOrder(rows: readonly { readonly 0: number; readonly 6: string }[]): boolean {
  for (let i = 1; i < rows.length; i++) {
    const a = rows[i - 1]!;
    const b = rows[i]!;
    if (a[6] > b[6] || (a[6] === b[6] && a[0] >= b[0])) return false;
  }
  return true;
}
