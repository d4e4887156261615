// The CSV renderer: RFC 4180, UTF-8, a header row, streamed from the database page by page so an
// export of a million rows holds one page in memory at a time.
import type { Orm } from '../db/orm';
import { pagePoints } from '../db/repo/csv-rows';
import type { PointFilter } from '../db/repo/filters';
import type { Point } from './types';

export const CSV_COLUMNS = [
  'date', 'date_to', 'value', 'unit', 'kind', 'approx', 'low', 'high', 'subject', 'series',
  'source_title', 'source', 'url', 'published', 'sentence', 'text', 'document_id', 'figure_id',
] as const;

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

export function csvRow(p: Point): string {
  return [
    txt(p.asOf), txt(p.asOfTo), num(p.value), txt(p.unit), txt(p.kind), p.approx ? 'true' : 'false',
    num(p.low), num(p.high), txt(p.subject), txt(p.series), txt(p.document.title), txt(p.document.source),
    txt(p.document.url), txt(p.document.published), txt(p.sentence), txt(p.text), num(p.document.id), num(p.id),
  ].join(',') + '\r\n';
}

export function csvStream(db: Orm, filter: PointFilter, options: { bom: boolean }): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let cursor: { asOf: string; id: number } | null = null;
  let started = false;
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        if (!started) {
          started = true;
          controller.enqueue(encoder.encode((options.bom ? '\uFEFF' : '') + CSV_COLUMNS.join(',') + '\r\n'));
          return;
        }
        const rows = await pagePoints(db, filter, cursor, PAGE_ROWS);
        if (rows.length) controller.enqueue(encoder.encode(rows.map(csvRow).join('')));
        const last = rows[rows.length - 1];
        if (rows.length < PAGE_ROWS || !last) controller.close();
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
