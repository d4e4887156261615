// A worker thread of the extraction pool (src/ingest/extract-pool.ts): text in, ExtractResult out.
import { parentPort } from 'node:worker_threads';
import { extract } from '../extract';
import type { ExtractJob, ExtractAnswer } from './extract-pool';

parentPort!.on('message', (job: ExtractJob) => {
  let answer: ExtractAnswer;
  try {
    answer = { id: job.id, result: extract(job.text, { published: job.published }) };
  } catch (error) {
    answer = { id: job.id, error: (error as Error).message ?? String(error) };
  }
  parentPort!.postMessage(answer);
});
