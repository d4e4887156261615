// Extraction on worker threads for cores idle beyond the batch's thread and its writer's
// (src/ingest/batch.ts decides), the batch's thread extracting from the same queue whenever it
// has nothing to write (helpUntil). Extraction is pure and CPU-bound. A pool that cannot
// start its workers (no worker file, a loader missing) extracts in this thread instead: slower,
// never different.
import { Worker } from 'node:worker_threads';
import { extract } from '../extract';
import type { ExtractResult } from '../extract/types';
import { workerModule } from './worker-module';

export interface ExtractJob {
  id: number;
  text: string;
  published: string | null;
}

/** `ms`: the worker's own time on the article, which sizes how many it is handed ahead (stockFor). */
export type ExtractAnswer = { id: number; result: ExtractResult; ms: number } | { id: number; error: string; ms: number };

export interface ExtractPool {
  extract(text: string, published: string | null): Promise<ExtractResult>;
  /**
   * Extracts queued articles in this thread until `until` settles, then returns it: the writer's
   * thread lends a hand while it has nothing to write, so every core works.
   */
  helpUntil<T>(until: Promise<T>): Promise<T>;
  /**
   * This thread is about to be busy for about `ms` without answering the workers (a write
   * transaction): hand each worker enough queued articles to keep it extracting that long.
   * `stockFor(0)` goes back to the usual PER_WORKER.
   */
  stockFor(ms: number): void;
  close(): Promise<void>;
  /** Worker threads still extracting (0 when extracting in this thread). */
  workers(): number;
  /** Articles extracted so far on the workers and in this thread. */
  extracted(): { onWorkers: number; inThisThread: number };
}

type Run = (text: string, published: string | null) => ExtractResult;

const inThisThread: Run = (text, published) => extract(text, { published });

/**
 * Articles handed to a worker ahead of its answers while this thread is extracting too: a few
 * cover the round trip of an answer, and the rest stay in the queue for helpUntil. While this
 * thread writes a transaction (hundreds of milliseconds for a group of 500) it cannot answer, so
 * the batch asks for enough to cover that (stockFor): with 16, the worker ran dry after ~25 ms of
 * every write and sat idle for a fifth of the whole ingest (CPU profile, docs/ingest.md).
 */
const PER_WORKER = 16;
/** Average extraction time of an article before any was measured (real-style news: 1–2 ms). */
const FIRST_GUESS_MS = 2;

/**
 * `size` workers; 0 extracts in this thread with `run` (for small batches, where starting workers
 * costs more than it saves, and for a caller's own extractor). Articles wait in one queue: each
 * worker takes up to PER_WORKER of them, and this thread takes from the same queue in helpUntil.
 */
export function extractPool(size: number, run: Run = inThisThread): ExtractPool {
  const module = size > 0 ? workerModule('extract-worker') : null;
  const count = { onWorkers: 0, inThisThread: 0 };
  // Milliseconds an article takes, averaged over the recent ones (old ones fade out).
  let msPerArticle = FIRST_GUESS_MS;
  const measured = (ms: number) => (msPerArticle += (ms - msPerArticle) / 32);
  const inline = (job: ExtractJob) => {
    count.inThisThread++;
    const started = performance.now();
    try {
      return run(job.text, job.published);
    } finally {
      measured(performance.now() - started);
    }
  };
  if (!module) {
    // Articles are extracted in the order asked, one per turn of the event loop: a batch awaiting
    // a group sees it complete, and hands it to a writer thread, before the next group's
    // articles start (extracted on the spot, a whole group ran before anything else could).
    const queue: (() => void)[] = [];
    const next = () => {
      queue.shift()?.();
      if (queue.length) setImmediate(next);
    };
    return {
      extract: (text, published) =>
        new Promise((resolve, reject) => {
          queue.push(() => {
            try {
              resolve(inline({ id: 0, text, published }));
            } catch (error) {
              reject(error as Error);
            }
          });
          if (queue.length === 1) setImmediate(next);
        }),
      helpUntil: (until) => until,
      stockFor: () => undefined,
      close: async () => undefined,
      workers: () => 0,
      extracted: () => ({ ...count }),
    };
  }
  interface Waiting {
    resolve(r: ExtractResult): void;
    reject(e: Error): void;
    job: ExtractJob;
  }
  const queue: Waiting[] = [];
  const owned = new Map<Worker, Map<number, Waiting>>();
  let next = 0;
  let perWorker = PER_WORKER;
  /** helpUntil waiting for articles to be queued. */
  const waiting: (() => void)[] = [];

  const settle = (w: Waiting, work: () => ExtractResult) => {
    try {
      w.resolve(work());
    } catch (error) {
      w.reject(error as Error);
    }
  };
  // Hands queued articles to the workers with room; with none left alive, this thread extracts.
  const pump = () => {
    if (!owned.size) {
      for (let w = queue.shift(); w; w = queue.shift()) {
        const job = w.job;
        settle(w, () => inline(job));
      }
      return;
    }
    for (const [worker, jobs] of owned) {
      while (jobs.size < perWorker && queue.length) {
        const w = queue.shift()!;
        jobs.set(w.job.id, w);
        worker.postMessage(w.job);
      }
    }
  };

  const workers = Array.from({ length: size }, () => {
    const worker = new Worker(module, { execArgv: [] });
    owned.set(worker, new Map());
    worker.on('message', (answer: ExtractAnswer) => {
      const jobs = owned.get(worker);
      const w = jobs?.get(answer.id);
      if (!w) return;
      jobs!.delete(answer.id);
      count.onWorkers++;
      measured(answer.ms);
      if ('result' in answer) w.resolve(answer.result);
      else w.reject(new Error(answer.error));
      pump();
    });
    worker.on('error', () => {
      // A worker that cannot run (a missing loader, a crash) hands its articles back to the queue.
      const jobs = owned.get(worker);
      owned.delete(worker);
      if (jobs) queue.unshift(...jobs.values());
      pump();
    });
    return worker;
  });

  return {
    extract(text, published) {
      return new Promise((resolve, reject) => {
        queue.push({ resolve, reject, job: { id: next++, text, published } });
        pump();
        for (const wake of waiting.splice(0)) wake();
      });
    },
    async helpUntil(until) {
      let settled = false;
      const over = until.then(
        () => (settled = true),
        () => (settled = true),
      );
      while (!settled) {
        const w = queue.shift();
        if (w) {
          settle(w, () => inline(w.job));
          // Let the workers' answers (and `until`) in between two articles.
          await new Promise((resume) => setImmediate(resume));
        } else {
          // Nothing queued yet: the group's files are still being read and looked up. Returning
          // now would leave this thread idle while one worker extracted the whole group (a
          // second's idle core at the start of every run, in the CPU profile).
          await Promise.race([over, new Promise<void>((wake) => waiting.push(wake))]);
        }
      }
      return until;
    },
    stockFor(ms) {
      perWorker = Math.max(PER_WORKER, Math.ceil(ms / Math.max(msPerArticle, 0.05)));
      pump();
    },
    workers: () => owned.size,
    extracted: () => ({ ...count }),
    async close() {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
