// Extraction on worker threads, so that on a machine with several cores the single writer
// (src/ingest/store.ts) stores one group of documents while the next is being extracted.
// Extraction is pure and CPU-bound; the writer is mostly waiting on SQLite. A pool that cannot
// start its workers (no worker file, a loader missing) extracts in this thread instead: slower,
// never different.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { extract } from '../extract';
import type { ExtractResult } from '../extract/types';

export interface ExtractJob {
  id: number;
  text: string;
  published: string | null;
}

export type ExtractAnswer = { id: number; result: ExtractResult } | { id: number; error: string };

export interface ExtractPool {
  extract(text: string, published: string | null): Promise<ExtractResult>;
  close(): Promise<void>;
  /** Worker threads still extracting (0 when extracting in this thread). */
  workers(): number;
}

type Run = (text: string, published: string | null) => ExtractResult;

const inThisThread: Run = (text, published) => extract(text, { published });

/**
 * The worker's module: beside a bundle (scripts/run-cli.mjs bundles it as extract-worker.mjs), or
 * the TypeScript source loaded through tsx, as the CLIs are. (A worker's own `--import tsx` does
 * not reach its entry module on Node 20, so a two-line module registers tsx, then imports it.)
 */
function workerModule(): URL | null {
  const bundled = new URL('./extract-worker.mjs', import.meta.url);
  if (existsSync(fileURLToPath(bundled))) return bundled;
  const source = new URL('./extract-worker.ts', import.meta.url);
  let api: string;
  try {
    api = createRequire(import.meta.url).resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs');
  } catch {
    return null;
  }
  if (!existsSync(fileURLToPath(source)) || !existsSync(api)) return null;
  const loader = `import { register } from ${JSON.stringify(pathToFileURL(api).href)}; register(); await import(${JSON.stringify(source.href)});`;
  return new URL(`data:text/javascript,${encodeURIComponent(loader)}`);
}

/**
 * `size` workers; 0 extracts in this thread with `run` (for small batches, where starting workers
 * costs more than it saves, and for a caller's own extractor).
 */
export function extractPool(size: number, run: Run = inThisThread): ExtractPool {
  const module = size > 0 ? workerModule() : null;
  if (!module) return { extract: async (text, published) => run(text, published), close: async () => undefined, workers: () => 0 };
  const waiting = new Map<number, { resolve(r: ExtractResult): void; reject(e: Error): void; job: ExtractJob }>();
  const load = new Map<Worker, number>();
  const owner = new Map<number, Worker>();
  let next = 0;
  let broken = false;

  const inline = (job: ExtractJob) => run(job.text, job.published);
  const workers = Array.from({ length: size }, () => {
    const worker = new Worker(module, { execArgv: [] });
    load.set(worker, 0);
    worker.on('message', (answer: ExtractAnswer) => {
      const pending = waiting.get(answer.id);
      if (!pending) return;
      waiting.delete(answer.id);
      owner.delete(answer.id);
      load.set(worker, (load.get(worker) ?? 1) - 1);
      if ('result' in answer) pending.resolve(answer.result);
      else pending.reject(new Error(answer.error));
    });
    worker.on('error', () => {
      // A worker that cannot run (a missing loader, a crash) hands its jobs back to this thread.
      broken = true;
      load.delete(worker);
      for (const [id, w] of owner) {
        if (w !== worker) continue;
        const pending = waiting.get(id)!;
        waiting.delete(id);
        owner.delete(id);
        try {
          pending.resolve(inline(pending.job));
        } catch (error) {
          pending.reject(error as Error);
        }
      }
    });
    return worker;
  });

  return {
    extract(text, published) {
      const job: ExtractJob = { id: next++, text, published };
      const idle = [...load].sort((a, b) => a[1] - b[1])[0]?.[0];
      if (broken || !idle) return Promise.resolve().then(() => inline(job));
      return new Promise((resolve, reject) => {
        waiting.set(job.id, { resolve, reject, job });
        owner.set(job.id, idle);
        load.set(idle, load.get(idle)! + 1);
        idle.postMessage(job);
      });
    },
    workers: () => (broken ? 0 : load.size),
    async close() {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
