// The CSV renderer: RFC 4180, UTF-8, a header row, streamed from the database page by page so an
// export of a million rows holds one page in memory at a time. Two forms: one row per report
// (every figure, each with its observation id) and one row per observation (`rows=observations`).
import type { FigureKind } from '../extract/types';
import type { Orm } from '../db/orm';
import { pageTuples } from '../db/repo/csv-rows';
import { AT, pointToTuple, tupleToPoint, type PointTuple } from '../db/repo/points';
import { observationIds } from '../series/observations';
import type { PointFilter } from '../db/repo/filters';
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

// ~1.3 MB of CSV a page: large writes (the server waits for the socket to drain between them),
// few queries, and one page in memory at a time.
export const CSV_PAGE_ROWS = 4000;

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

/** A report row, from the raw row the export reads (no Point object per row). */
export function tupleCsvRow(t: PointTuple, observation: string | null): string {
  return `${txt(t[AT.asOf])},${txt(t[AT.asOfTo])},${num(t[AT.value])},${txt(t[AT.unit])},${txt(t[AT.kind])},${t[AT.approx] ? 'true' : 'false'},${num(t[AT.low])},${num(t[AT.high])},${txt(t[AT.subject])},${txt(t[AT.series])},${txt(t[AT.title])},${txt(t[AT.source])},${txt(t[AT.url])},${txt(t[AT.published])},${txt(t[AT.sentence])},${txt(t[AT.text])},${num(t[AT.documentId])},${num(t[AT.id])},${txt(t[AT.measure])},${txt(t[AT.per])},${txt(observation)}\r\n`;
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

/**
 * Report rows: observation ids from the whole page (every kind, so an id does not depend on the
 * kinds asked for, as in observed.ts), then the rows of the kinds asked for.
 */
function renderReports(page: PointTuple[], kinds: readonly FigureKind[] | null | undefined): string {
  const ids = observationIds(
    page.map((t) => ({ id: t[AT.id], series: t[AT.series], kind: t[AT.kind], value: t[AT.value], low: t[AT.low], high: t[AT.high], asOf: t[AT.asOf], asOfTo: t[AT.asOfTo] })),
  );
  const wanted = kinds?.length ? new Set(kinds) : null;
  let text = '';
  for (const t of page) if (!wanted || wanted.has(t[AT.kind])) text += tupleCsvRow(t, ids.get(t[AT.id]) ?? null);
  return text;
}

export function csvStream(
  db: Orm,
  filter: PointFilter,
  options: { bom: boolean; rows?: CsvRows; sources?: readonly SourceKind[] | undefined },
): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const rows = options.rows ?? 'reports';
  // Observations are grouped over every kind, then the kinds asked for are kept (see observed.ts).
  const { kinds, ...unfiltered } = filter;
  let cursor: { asOf: string; id: number } | null = null;
  let started = false;
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        if (!started) {
          started = true;
          const header = rows === 'reports' ? CSV_COLUMNS : OBSERVATION_CSV_COLUMNS;
          controller.enqueue(encoder.encode((options.bom ? '\uFEFF' : '') + header.join(',') + '\r\n'));
          return;
        }
        const page = await pageTuples(db, unfiltered, cursor, CSV_PAGE_ROWS);
        // Sources are read from names, not stored: filtered here, page by page (the cursor still
        // walks the unfiltered rows, so paging is unchanged).
        const kept = options.sources?.length ? page.filter((t) => options.sources!.includes(sourceKind(t[AT.source]))) : page;
        const text = rows === 'reports' ? renderReports(kept, kinds) : renderObservations(kept.map(tupleToPoint), kinds);
        if (text) controller.enqueue(encoder.encode(text));
        const last = page[page.length - 1];
        if (page.length < CSV_PAGE_ROWS || !last) controller.close();
        else cursor = { asOf: last[AT.asOf]!, id: last[AT.id] };
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
