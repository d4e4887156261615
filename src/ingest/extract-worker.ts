// A worker thread of the extraction pool (src/ingest/extract-pool.ts): text in, ExtractResult out.
import { parentPort } from 'node:worker_threads';
import { extract } from '../extract';
import type { ExtractJob, ExtractAnswer } from './extract-pool';

parentPort!.on('message', (job: ExtractJob) => {
  let answer: ExtractAnswer;
  const started = performance.now();
  try {
    const result = extract(job.text, { published: job.published });
    answer = { id: job.id, result, ms: performance.now() - started };
  } catch (error) {
    answer = { id: job.id, error: (error as Error).message ?? String(error), ms: performance.now() - started };
  }
  parentPort!.postMessage(answer);
});
