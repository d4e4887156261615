// Report rows of the CSV export written by SQLite itself: each row's line (every cell but the
// observation id) built in SQL and a chunk of them joined into one string, so the driver hands over
// one value per chunk instead of a value (or an object) per cell. Beside it, the few columns that
// observation grouping reads, as one JSON text per chunk.
//
// The cells must be exactly what the JavaScript renderer (src/api/csv.ts) writes. Where SQLite
// cannot print a number the way JavaScript does (one it would write with an exponent), the cell is
// the line separator itself, as is a text holding it: the chunk then splits into more lines than it
// has rows and is refused (null), and the caller renders it in JavaScript from raw rows.
// test/api/csv-lines.test.ts compares the two renderers.
import { sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import type { FigureKind } from '../../extract/types';
import type { Orm } from '../orm';
import { documents, figures } from '../schema';
import { pointWhere, type PointFilter } from './filters';

/** Between lines in a chunk's text: a control character the text of a real figure does not hold. */
export const LINE_SEPARATOR = '\u0001';

/** What grouping reads of a row, plus the document's source name when sources are filtered. */
export type LightRow = [
  id: number, series: string, kind: FigureKind, value: number, low: number | null, high: number | null,
  asOf: string, asOfTo: string | null, source?: string | null,
];

export interface LineChunk {
  /** One per row: every cell up to and including the comma before observation_id. */
  lines: string[];
  rows: LightRow[];
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

// GLOB patterns: one call each, measured faster than four instr() calls.
const NEEDS_QUOTES = sql.raw(`'*[",' || char(13) || char(10) || ']*'`);
const FORMULA_START = sql.raw(`'[-=+@' || char(9) || char(13) || ']*'`);

/**
 * A text cell as src/api/csv.ts writes it: a leading ' before = + - @ tab or CR (so a spreadsheet
 * does not run it), then quotes when it holds a quote, comma, CR or LF; NULL is an empty cell.
 */
export function textCell(x: SQLWrapper): SQL {
  const neutralised = sql`CASE WHEN ${x} GLOB ${FORMULA_START} THEN '''' || ${x} ELSE ${x} END`;
  return sql`CASE WHEN ${x} IS NULL THEN '' WHEN ${x} GLOB ${NEEDS_QUOTES} THEN '"' || replace(${neutralised}, '"', '""') || '"' ELSE ${neutralised} END`;
}

/** The report row's cells in CSV_COLUMNS order, without observation_id (computed in JavaScript). */
const cells = [
  textCell(figures.asOf), textCell(figures.asOfTo), numberCell(figures.value), textCell(figures.unit), textCell(figures.kind),
  sql`CASE WHEN ${figures.approx} THEN 'true' ELSE 'false' END`, numberCell(figures.low), numberCell(figures.high),
  textCell(figures.subject), textCell(figures.seriesId), textCell(documents.title), textCell(documents.source),
  textCell(documents.url), textCell(documents.published), textCell(figures.sentence), textCell(figures.text),
  sql`${documents.id}`, sql`${figures.id}`, textCell(figures.measure), textCell(figures.per),
];
// One printf per row: || would copy the growing line once per cell (measured about twice as slow).
const line = sql`printf(${sql.raw(`'${cells.map(() => '%s').join(',')},'`)}, ${sql.join(cells, sql`, `)})`;

/**
 * Up to `limit` rows after the cursor, in (asOf, id) order, as lines and light rows; null when
 * SQLite cannot write one of them exactly (see above). Undated figures are never rows.
 */
export async function lineChunk(
  db: Orm,
  filter: PointFilter,
  after: { asOf: string; id: number } | null,
  limit: number,
  withSource: boolean,
): Promise<LineChunk | null> {
  const where = after ? sql`${pointWhere(filter)} AND (${figures.asOf}, ${figures.id}) > (${after.asOf}, ${after.id})` : pointWhere(filter);
  const light = withSource
    ? sql`json_array(${figures.id}, ${figures.seriesId}, ${figures.kind}, ${figures.value}, ${figures.low}, ${figures.high}, ${figures.asOf}, ${figures.asOfTo}, ${documents.source})`
    : sql`json_array(${figures.id}, ${figures.seriesId}, ${figures.kind}, ${figures.value}, ${figures.low}, ${figures.high}, ${figures.asOf}, ${figures.asOfTo})`;
  // Both aggregates read the same rows in the same order, so line i and light row i are one figure.
  const [row] = await db.values<[number, string | null, string | null]>(sql`
    SELECT count(*), group_concat(line, char(1)), group_concat(light, ',')
    FROM (SELECT ${line} AS line, ${light} AS light
      FROM ${figures} INNER JOIN ${documents} ON ${documents.id} = ${figures.documentId}
      WHERE ${where}
      ORDER BY ${figures.asOf}, ${figures.id}
      LIMIT ${limit})`);
  // Indexed, not destructured: @libsql/client's rows are array-like but not iterable.
  const count = Number(row?.[0] ?? 0);
  const text = row?.[1] ?? null;
  const rowsJson = row?.[2] ?? null;
  if (!count) return { lines: [], rows: [] };
  if (text === null || rowsJson === null) return null;
  const lines = text.split(LINE_SEPARATOR);
  if (lines.length !== count) return null;
  const rows = JSON.parse(`[${rowsJson}]`) as LightRow[];
  return inOrder(rows) ? { lines, rows } : null;
}

/** Aggregates are not promised to keep the subquery's order: checked rather than trusted. */
function inOrder(rows: readonly LightRow[]): boolean {
  for (let i = 1; i < rows.length; i++) {
    const a = rows[i - 1]!;
    const b = rows[i]!;
    if (a[6] > b[6] || (a[6] === b[6] && a[0] >= b[0])) return false;
  }
  return true;
}
