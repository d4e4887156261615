// The CSV renderer: RFC 4180, UTF-8, a header row, streamed from the database page by page so an
// export of a million rows holds one page in memory at a time. Two forms: one row per report
// (every figure, each with its observation id) and one row per observation (`rows=observations`).
import type { FigureKind } from '../extract/types';
import { CELL, cellChunk, ROW, SEPARATORS_PER_ROW, VALUE, type LightRow } from '../db/repo/csv-lines';
import { pageTuples, tuplesAfter } from '../db/repo/csv-rows';
import { AT, pointToTuple, tupleToPoint, type PointTuple } from '../db/repo/points';
import { observationIds } from '../series/observations';
import type { PointFilter } from '../db/repo/filters';
import type { ReadPath } from '../db/repo/read-path';
import { sourceKind, type SourceKind } from '../series/source-kind';
import { observed } from './observed';
import type { Observation, Point } from './types';

export const CSV_COLUMNS = [
  'date', 'date_to', 'value', 'unit', 'kind', 'approx', 'low', 'high', 'subject', 'series',
  'source_title', 'source', 'url', 'published', 'sentence', 'text', 'document_id', 'figure_id',
  'measure', 'per', 'observation_id',
] as const;

export const OBSERVATION_CSV_COLUMNS = [
  'date', 'date_to', 'days', 'value', 'low', 'high', 'unit', 'kind', 'measure', 'per', 'series',
  'reports', 'documents', 'disagrees_with', 'observation_id', 'figure_ids', 'document_ids',
] as const;

export type CsvRows = 'reports' | 'observations';

// Rows a query reads: ~120 KB of CSV. A chunk's strings are garbage once written; kept this
// small, most of them stay under V8's large-object size and die young, where 1,000-row chunks
// made the server's RSS creep up with each abandoned export (test/api/csv-slow-reader.test.ts)
// and 4,000-row ones left it 100 MB bigger. D1 also refuses a string over 2 MB, and a chunk's
// cells are one string.
export const CSV_PAGE_ROWS = 400;

/**
 * A spreadsheet treats a cell that starts with = + - @ (or tab/CR) as a formula. Text cells come
 * from articles and manifests, i.e. from strangers, so they get a leading apostrophe. Numeric
 * columns are written by us from numbers and must stay numbers: -60000 is a fall, not a formula.
 */
export function neutralise(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

export function quote(cell: string): string {
  return /[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

function num(n: number | null): string {
  return n === null ? '' : String(n);
}

// One test for both rules: most cells need neither.
const NEEDS_CARE = /^[=+\-@\t\r]|[",\r\n]/;

function txt(s: string | null): string {
  if (s === null) return '';
  return NEEDS_CARE.test(s) ? quote(neutralise(s)) : s;
}

/** A report row without its observation id: every cell up to the comma before it. */
export function tupleCsvLine(t: PointTuple): string {
  return `${txt(t[AT.asOf])},${txt(t[AT.asOfTo])},${num(t[AT.value])},${txt(t[AT.unit])},${txt(t[AT.kind])},${t[AT.approx] ? 'true' : 'false'},${num(t[AT.low])},${num(t[AT.high])},${txt(t[AT.subject])},${txt(t[AT.series])},${txt(t[AT.title])},${txt(t[AT.source])},${txt(t[AT.url])},${txt(t[AT.published])},${txt(t[AT.sentence])},${txt(t[AT.text])},${num(t[AT.documentId])},${num(t[AT.id])},${txt(t[AT.measure])},${txt(t[AT.per])},`;
}

/** A report row, from the raw row the export reads (no Point object per row). */
export function tupleCsvRow(t: PointTuple, observation: string | null): string {
  return `${tupleCsvLine(t)}${txt(observation)}\r\n`;
}

export function csvRow(p: Point & { observation?: string }): string {
  return tupleCsvRow(pointToTuple(p), p.observation ?? null);
}

/** One observation; `first` is one of its reports (they share unit, measure and period basis). */
export function observationCsvRow(o: Observation, first: Point): string {
  return [
    txt(o.asOf), txt(o.asOfTo), num(o.days), num(o.value), num(o.low), num(o.high), txt(first.unit), txt(o.kind),
    txt(first.measure), txt(first.per), txt(o.series), num(o.figures.length), num(o.documents.length),
    txt(o.disagrees.join(' ')), txt(o.id), txt(o.figures.join(' ')), txt(o.documents.join(' ')),
  ].join(',') + '\r\n';
}

function renderObservations(page: Point[], kinds: readonly FigureKind[] | null | undefined): string {
  const { points, observations } = observed(page, kinds);
  const byId = new Map(points.map((p) => [p.id, p]));
  return observations.map((o) => observationCsvRow(o, byId.get(o.figures[0]!) ?? points.find((p) => p.observation === o.id)!)).join('');
}

/** Rows whose lines are ready but for their observation ids. */
interface LineChunk {
  /** One per row: every cell up to and including the comma before observation_id. */
  lines: string[];
  rows: LightRow[];
}

// txt()'s rules over a whole chunk of cells, as three native replacements with no call per cell:
// a text cell starts after a row or text-cell separator (numbers, approx and ids come after VALUE
// and are never touched). Quotes are doubled everywhere, which is right because only text holds
// them and a text holding one is always quoted.
const NOT_SEPARATOR = `[^${ROW}${CELL}${VALUE}]`;
// Consumed rather than looked behind at: a pattern that must begin at a separator is tried only
// there, where a look-behind is tried at every character (measured twice as slow).
const TEXT_START = `(^|[${ROW}${CELL}])`;
const FORMULA_CELL = new RegExp(`${TEXT_START}(?=[=+\\-@\\t\\r])`, 'g');
const QUOTED_CELL = new RegExp(`${TEXT_START}(${NOT_SEPARATOR}*?[",\\r\\n]${NOT_SEPARATOR}*)`, 'g');
const CELL_SEPARATOR = new RegExp(`[${CELL}${VALUE}]`, 'g');

/**
 * The lines of a chunk of cells written by SQLite (src/db/repo/csv-lines.ts), with txt()'s care
 * for text cells; null when the chunk holds a separator it should not (a number SQLite could not
 * write as JavaScript does, or a text holding a control character), and must be rendered from raw
 * rows instead.
 */
export function cellLines(text: string, rows: number): string[] | null {
  if (!rows) return [];
  // Split on one character is a native fast path: twice as quick as counting by a regex.
  const separators = text.split(CELL).length + text.split(VALUE).length + text.split(ROW).length - 3;
  if (separators !== rows * SEPARATORS_PER_ROW + rows - 1) return null;
  return text
    .replace(FORMULA_CELL, "$1'")
    .replaceAll('"', '""')
    .replace(QUOTED_CELL, '$1"$2"')
    .replace(CELL_SEPARATOR, ',')
    .split(ROW);
}

/** A chunk rendered in JavaScript from raw rows: when SQLite cannot write it exactly. */
async function tupleChunk(db: ReadPath['db'], filter: PointFilter, after: Cursor | null, limit: number): Promise<LineChunk> {
  const tuples = await tuplesAfter(db, filter, after, limit);
  return {
    lines: tuples.map(tupleCsvLine),
    rows: tuples.map((t): LightRow => [t[AT.id], t[AT.series], t[AT.kind], t[AT.value], t[AT.low], t[AT.high], t[AT.asOf]!, t[AT.asOfTo], t[AT.source]]),
  };
}

/**
 * Report rows of whole days: observation ids from every row (every kind, so an id does not depend
 * on the kinds asked for, as in observed.ts; after the sources filter, which is read from names),
 * then the lines of the kinds asked for, each ending with its id.
 */
function renderReports(
  chunk: LineChunk,
  kinds: readonly FigureKind[] | null | undefined,
  sources: readonly SourceKind[] | undefined,
): string {
  let { lines, rows } = chunk;
  if (sources?.length) {
    const keep = rows.map((r) => sources.includes(sourceKind(r[8] ?? null)));
    lines = lines.filter((_, i) => keep[i]);
    rows = rows.filter((_, i) => keep[i]);
  }
  const ids = observationIds(rows.map((r) => ({ id: r[0], series: r[1], kind: r[2], value: r[3], low: r[4], high: r[5], asOf: r[6], asOfTo: r[7] })));
  const wanted = kinds?.length ? new Set(kinds) : null;
  let text = '';
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i]!;
    if (!wanted || wanted.has(r[2])) text += `${lines[i]}${ids.get(r[0])}\r\n`;
  }
  return text;
}

/** Where the last day of the rows begins: rows before it are whole days, the rest may go on. */
function lastDayStart(rows: readonly LightRow[]): number {
  const day = rows[rows.length - 1]?.[6];
  let i = rows.length;
  while (i > 0 && rows[i - 1]![6] === day) i--;
  return i;
}

type Cursor = { asOf: string; id: number };

export function csvStream(
  reads: ReadPath,
  filter: PointFilter,
  options: { bom: boolean; rows?: CsvRows; sources?: readonly SourceKind[] | undefined },
): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const rows = options.rows ?? 'reports';
  // Observations are grouped over every kind, then the kinds asked for are kept (see observed.ts).
  const { kinds, ...unfiltered } = filter;
  const sources = options.sources?.length ? options.sources : undefined;
  let cursor: Cursor | null = null;
  let started = false;
  // Rows of a day that may continue in the next chunk: held back so a day is never split, since
  // the reports of one observation share their day.
  let held: LineChunk = { lines: [], rows: [] };

  async function nextReports(controller: ReadableStreamDefaultController<Uint8Array>): Promise<void> {
    for (;;) {
      const cells = await cellChunk(reads, unfiltered, cursor, CSV_PAGE_ROWS, sources !== undefined);
      const lines = cells && cellLines(cells.text, cells.rows.length);
      const chunk = cells && lines ? { lines, rows: cells.rows } : await tupleChunk(reads.db, unfiltered, cursor, CSV_PAGE_ROWS);
      const last = chunk.rows[chunk.rows.length - 1];
      if (last) cursor = { asOf: last[6], id: last[0] };
      const end = chunk.rows.length < CSV_PAGE_ROWS;
      const allLines = held.lines.concat(chunk.lines);
      const all = held.rows.concat(chunk.rows);
      const cut = end ? all.length : lastDayStart(all);
      held = { lines: allLines.slice(cut), rows: all.slice(cut) };
      const text = cut ? renderReports({ lines: allLines.slice(0, cut), rows: all.slice(0, cut) }, kinds, sources) : '';
      if (text) controller.enqueue(encoder.encode(text));
      if (end) return controller.close();
      if (cut) return;
    }
  }

  async function nextObservations(controller: ReadableStreamDefaultController<Uint8Array>): Promise<void> {
    const page = await pageTuples(reads.db, unfiltered, cursor, CSV_PAGE_ROWS);
    // Sources are read from names, not stored: filtered here, page by page (the cursor still
    // walks the unfiltered rows, so paging is unchanged).
    const kept = sources ? page.filter((t) => sources.includes(sourceKind(t[AT.source]))) : page;
    const text = renderObservations(kept.map(tupleToPoint), kinds);
    if (text) controller.enqueue(encoder.encode(text));
    const last = page[page.length - 1];
    if (page.length < CSV_PAGE_ROWS || !last) controller.close();
    else cursor = { asOf: last[AT.asOf]!, id: last[AT.id] };
  }

  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        if (!started) {
          started = true;
          const header = rows === 'reports' ? CSV_COLUMNS : OBSERVATION_CSV_COLUMNS;
          controller.enqueue(encoder.encode((options.bom ? '\uFEFF' : '') + header.join(',') + '\r\n'));
          return;
        }
        await (rows === 'reports' ? nextReports(controller) : nextObservations(controller));
      },
    },
    { highWaterMark: 1 },
  );
}

export function csvHeaders(filename: string): Record<string, string> {
  return {
    'Content-Type': 'text/csv; charset=utf-8; header=present',
    'Content-Disposition': `attachment; filename="${filename}"`,
  };
}
