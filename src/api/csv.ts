// The CSV renderer: RFC 4180, UTF-8, a header row, streamed from the database page by page so an
// export of a million rows holds one page in memory at a time. Two forms: one row per report
// (every figure, each with its observation id) and one row per observation (`rows=observations`).
import type { FigureKind } from '../extract/types';
import { cellChunk, inOrder, type LightRow } from '../db/repo/csv-lines';
import { cellBytesLines, type ByteLines, type Scratch } from './csv-cells';
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
  lines: ByteLines;
  rows: LightRow[];
}

const encoder = new TextEncoder();

/** A chunk rendered in JavaScript from raw rows: when SQLite cannot write it exactly. */
async function tupleChunk(db: ReadPath['db'], filter: PointFilter, after: Cursor | null, limit: number): Promise<LineChunk> {
  const tuples = await tuplesAfter(db, filter, after, limit);
  const lines = tuples.map((t) => encoder.encode(tupleCsvLine(t)));
  const bytes = new Uint8Array(lines.reduce((n, l) => n + l.length, 0));
  const ends: number[] = [];
  let at = 0;
  for (const line of lines) {
    bytes.set(line, at);
    ends.push((at += line.length));
  }
  return {
    lines: { bytes, ends },
    rows: tuples.map((t): LightRow => [t[AT.id], t[AT.series], t[AT.kind], t[AT.value], t[AT.low], t[AT.high], t[AT.asOf]!, t[AT.asOfTo], t[AT.source]]),
  };
}

/** The chunk's lines from SQLite's cells, or from raw rows when SQLite could not write them exactly. */
async function reportChunk(reads: ReadPath, filter: PointFilter, after: Cursor | null, withSource: boolean, scratch: Scratch): Promise<LineChunk> {
  const cells = await cellChunk(reads, filter, after, CSV_PAGE_ROWS);
  const lines = cellBytesLines(typeof cells.text === 'string' ? encoder.encode(cells.text) : cells.text, cells.count, scratch, withSource);
  return lines && inOrder(lines.rows) ? { lines, rows: lines.rows } : tupleChunk(reads.db, filter, after, CSV_PAGE_ROWS);
}

/** Rows [from, to) of a chunk, their bytes copied (what is held back must not pin the whole chunk). */
function sliceChunk(chunk: LineChunk, from: number, to: number): LineChunk {
  const { bytes, ends } = chunk.lines;
  const start = from ? ends[from - 1]! : 0;
  return {
    lines: { bytes: bytes.slice(start, to ? ends[to - 1]! : 0), ends: ends.slice(from, to).map((e) => e - start) },
    rows: chunk.rows.slice(from, to),
  };
}

/** The rows of a, then those of b, written into `scratch` (valid until its next use). */
function joinChunks(a: LineChunk, b: LineChunk, scratch: Scratch): LineChunk {
  if (!a.rows.length) return b;
  const size = a.lines.bytes.length + b.lines.bytes.length;
  if (scratch.bytes.length < size) scratch.bytes = new Uint8Array(size * 2);
  const bytes = scratch.bytes.subarray(0, size);
  bytes.set(a.lines.bytes);
  bytes.set(b.lines.bytes, a.lines.bytes.length);
  const shift = a.lines.bytes.length;
  return { lines: { bytes, ends: a.lines.ends.concat(b.lines.ends.map((e) => e + shift)) }, rows: a.rows.concat(b.rows) };
}

/**
 * The first `count` rows of the chunk, whole days: observation ids from every row (every kind, so
 * an id does not depend on the kinds asked for, as in observed.ts; after the sources filter, which
 * is read from names), then the lines of the kinds asked for, each ending with its id.
 */
function renderReports(
  chunk: LineChunk,
  count: number,
  kinds: readonly FigureKind[] | null | undefined,
  sources: readonly SourceKind[] | undefined,
): Uint8Array {
  const rows = count === chunk.rows.length ? chunk.rows : chunk.rows.slice(0, count);
  const { lines } = chunk;
  const kept = sources?.length ? rows.map((r) => sources.includes(sourceKind(r[8] ?? null))) : null;
  const grouped = kept ? rows.filter((_, i) => kept[i]) : rows;
  // By place in `grouped`: the rows the sources filter kept.
  const groupedIds = observationIds(grouped);
  const wanted = kinds?.length ? new Set(kinds) : null;
  const shown: number[] = [];
  const ids: string[] = [];
  let size = 0;
  for (let i = 0, g = 0; i < rows.length; i++) {
    if (kept && !kept[i]) continue;
    const id = groupedIds[g++]!;
    if (wanted && !wanted.has(rows[i]![2])) continue;
    shown.push(i);
    ids.push(id);
    size += lines.ends[i]! - (i ? lines.ends[i - 1]! : 0) + id.length + 2;
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (let n = 0; n < shown.length; n++) {
    const i = shown[n]!;
    const start = i ? lines.ends[i - 1]! : 0;
    out.set(lines.bytes.subarray(start, lines.ends[i]!), at);
    at += lines.ends[i]! - start;
    // Observation ids are "o" and digits: one byte a character.
    const id = ids[n]!;
    for (let k = 0; k < id.length; k++) out[at++] = id.charCodeAt(k);
    out[at++] = 0x0d;
    out[at++] = 0x0a;
  }
  return out;
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
  const rows = options.rows ?? 'reports';
  // Observations are grouped over every kind, then the kinds asked for are kept (see observed.ts).
  const { kinds, ...unfiltered } = filter;
  const sources = options.sources?.length ? options.sources : undefined;
  let cursor: Cursor | null = null;
  let started = false;
  // Rows of a day that may continue in the next chunk: held back so a day is never split, since
  // the reports of one observation share their day.
  let held: LineChunk = { lines: { bytes: new Uint8Array(0), ends: [] }, rows: [] };
  // A chunk's lines, then held rows and the chunk together: each written over the last one's.
  const linesScratch: Scratch = { bytes: new Uint8Array(0) };
  const joinScratch: Scratch = { bytes: new Uint8Array(0) };

  async function nextReports(controller: ReadableStreamDefaultController<Uint8Array>): Promise<void> {
    for (;;) {
      const chunk = await reportChunk(reads, unfiltered, cursor, sources !== undefined, linesScratch);
      const last = chunk.rows[chunk.rows.length - 1];
      if (last) cursor = { asOf: last[6], id: last[0] };
      const end = chunk.rows.length < CSV_PAGE_ROWS;
      const all = joinChunks(held, chunk, joinScratch);
      const cut = end ? all.rows.length : lastDayStart(all.rows);
      held = sliceChunk(all, cut, all.rows.length);
      const bytes = cut ? renderReports(all, cut, kinds, sources) : null;
      if (bytes?.length) controller.enqueue(bytes);
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
