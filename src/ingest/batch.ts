// Ingest a batch of article files (a manifest or a file list, already checked by src/input).
// Node only (reads files). One bad file is a problem in the report; the rest still goes in.
import { explainDatabaseError, isLocked } from '../db/errors';
import type { Orm } from '../db/orm';
import { readArticle, type Batch, type InputProblem } from '../input';
import { ingestDocument, type IngestOptions } from './index';

export interface BatchReport {
  documents: number;
  created: number;
  present: number;
  figures: number;
  problems: InputProblem[];
  seconds: number;
}

export type Progress = (done: number, total: number, file: string) => void;

export async function ingestBatch(
  db: Orm,
  batch: Batch,
  options: IngestOptions & { onProgress?: Progress } = {},
): Promise<BatchReport> {
  const started = performance.now();
  const report: BatchReport = { documents: 0, created: 0, present: 0, figures: 0, problems: [...batch.problems], seconds: 0 };
  const total = batch.entries.length;
  for (const [index, entry] of batch.entries.entries()) {
    options.onProgress?.(index, total, entry.file);
    const read = readArticle(entry.path, entry.file);
    if (!read.ok) {
      report.problems.push(read.problem);
      continue;
    }
    try {
      const outcome = await ingestDocument(
        db,
        { text: read.text, title: entry.title, source: entry.source, url: entry.url, published: entry.published },
        options,
      );
      report.documents++;
      if (outcome.created) report.created++;
      else report.present++;
      report.figures += outcome.figures;
    } catch (error) {
      if (isLocked(error)) {
        // Every later file would wait out the same lock and fail the same way: stop here, say so once.
        const left = total - index;
        report.problems.push({
          file: entry.file,
          message: `could not be stored: ${explainDatabaseError(error, 'file') ?? (error as Error).message} (${left} file${left === 1 ? '' : 's'} not attempted, this one included)`,
        });
        break;
      }
      report.problems.push({ file: entry.file, message: `could not be stored: ${(error as Error).message}` });
    }
  }
  options.onProgress?.(total, total, '');
  report.seconds = (performance.now() - started) / 1000;
  return report;
}

export function summarise(report: BatchReport): string {
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const failed = report.problems.length ? `, ${plural(report.problems.length, 'file')} refused` : '';
  return (
    `ingested ${plural(report.documents, 'document')} (${report.created} new, ${report.present} already present)` +
    `${failed}, ${plural(report.figures, 'figure')} in ${report.seconds.toFixed(1)} s`
  );
}
