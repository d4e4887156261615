// The CSV renderer: RFC 4180, UTF-8, a header row, streamed from the database page by page so an
// export of a million rows holds one page in memory at a time. Two forms: one row per report
// (every figure, each with its observation id) and one row per observation (`rows=observations`).
import type { FigureKind } from '../extract/types';
import type { Orm } from '../db/orm';
import { pagePoints } from '../db/repo/csv-rows';
import type { PointFilter } from '../db/repo/filters';
import { keepSources, type SourceKind } from '../series/source-kind';
import { observed } from './observed';
import type { Observation, ObservedPoint, Point } from './types';

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

const PAGE_ROWS = 1000;

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

function txt(s: string | null): string {
  return s === null ? '' : quote(neutralise(s));
}

export function csvRow(p: Point & { observation?: string }): string {
  return [
    txt(p.asOf), txt(p.asOfTo), num(p.value), txt(p.unit), txt(p.kind), p.approx ? 'true' : 'false',
    num(p.low), num(p.high), txt(p.subject), txt(p.series), txt(p.document.title), txt(p.document.source),
    txt(p.document.url), txt(p.document.published), txt(p.sentence), txt(p.text), num(p.document.id), num(p.id),
    txt(p.measure), txt(p.per), txt(p.observation ?? null),
  ].join(',') + '\r\n';
}

/** One observation; `first` is one of its reports (they share unit, measure and period basis). */
export function observationCsvRow(o: Observation, first: Point): string {
  return [
    txt(o.asOf), txt(o.asOfTo), num(o.days), num(o.value), num(o.low), num(o.high), txt(first.unit), txt(o.kind),
    txt(first.measure), txt(first.per), txt(o.series), num(o.figures.length), num(o.documents.length),
    txt(o.disagrees.join(' ')), txt(o.id), txt(o.figures.join(' ')), txt(o.documents.join(' ')),
  ].join(',') + '\r\n';
}

function render(page: { points: ObservedPoint[]; observations: Observation[] }, rows: CsvRows): string {
  if (rows === 'reports') return page.points.map(csvRow).join('');
  const byId = new Map(page.points.map((p) => [p.id, p]));
  return page.observations.map((o) => observationCsvRow(o, byId.get(o.figures[0]!) ?? page.points.find((p) => p.observation === o.id)!)).join('');
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
        const page = await pagePoints(db, unfiltered, cursor, PAGE_ROWS);
        // Sources are read from names, not stored: filtered here, page by page (the cursor still
        // walks the unfiltered rows, so paging is unchanged).
        const text = render(observed(keepSources(page, options.sources), kinds as readonly FigureKind[] | null | undefined), rows);
        if (text) controller.enqueue(encoder.encode(text));
        const last = page[page.length - 1];
        if (page.length < PAGE_ROWS || !last) controller.close();
        else cursor = { asOf: last.asOf!, id: last.id };
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
