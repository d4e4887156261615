// Storing on a thread of its own, for a libSQL file: the batch's thread extracts (its extractor
// already compiled and warm) and files each group, then hands it over and goes on extracting the
// next while this thread writes it through its own native connection (src/db/native-writer.ts).
// Extraction and storing overlap from the first group, with no second copy of the extractor to
// compile: a thread that extracts costs its own start and V8's optimizing compiler on every
// function of the extractor, which on a few megabytes cost more than it saved (docs/ingest.md);
// a writer's module is small. A writer thread that cannot start or stops is replaced by the
// same writer in the batch's thread: slower, never different.
import { Worker } from 'node:worker_threads';
import { nativeWriter, type BulkWriter } from '../db/native-writer';
import { storeFiled, type FiledGroup, type StoreOptions, type Stored } from './store';
import { workerModule } from './worker-module';

/** Where a batch's groups go: each in one transaction, in the order given. */
export interface GroupWriter {
  write(group: FiledGroup, options: StoreOptions): Promise<Stored[]>;
  /** Whether writes leave the batch's thread free (it then extracts while a group is written). */
  readonly threaded: boolean;
  close(): Promise<void>;
}

export type WriteJob = { type: 'write'; id: number; group: FiledGroup; options: StoreOptions } | { type: 'close'; id: number };

/** An error crosses as its message and SQLite code (src/db/errors.ts reads both). */
export type WriteAnswer = { id: number; stored: Stored[] } | { id: number; error: { message: string; code: string | null } } | { id: number; closed: true };

/** Groups written by `writer` in the calling thread. */
export function writerHere(writer: BulkWriter): GroupWriter {
  return {
    write: (group, options) => storeFiled(writer, group, options),
    threaded: false,
    close: async () => writer.close(),
  };
}

/**
 * Groups written on a thread of its own into the libSQL file at `path`. `module` is the thread's
 * code (src/ingest/writer-worker.ts; a test gives one that dies, to see the batch's thread take over).
 */
export function writerThread(path: string, module: URL | null = workerModule('writer-worker')): GroupWriter {
  if (!module) return writerHere(nativeWriter(path));
  const worker = new Worker(module, { workerData: { path }, execArgv: [] });
  const waiting = new Map<number, { resolve(answer: WriteAnswer): void; reject(error: Error): void }>();
  let next = 0;
  let here: GroupWriter | null = null;
  let stopped: Error | null = null;

  const stop = (why: Error) => {
    stopped ??= why;
    // A transaction the thread had not committed went with its connection; the batch stores
    // those documents again, one by one, in its own thread (a committed one is found present).
    for (const w of waiting.values()) w.reject(new Error(`the writer thread stopped (${why.message}); storing in the main thread instead`));
    waiting.clear();
  };
  worker.on('message', (answer: WriteAnswer) => {
    const w = waiting.get(answer.id);
    waiting.delete(answer.id);
    w?.resolve(answer);
  });
  worker.on('error', stop);
  worker.on('exit', (code) => stop(new Error(`exit code ${code}`)));

  const ask = (job: WriteJob) =>
    new Promise<WriteAnswer>((resolve, reject) => {
      waiting.set(job.id, { resolve, reject });
      worker.postMessage(job);
    });

  return {
    threaded: true,
    async write(group, options) {
      if (stopped) return (here ??= writerHere(nativeWriter(path))).write(group, options);
      const answer = await ask({ type: 'write', id: next++, group, options });
      if ('error' in answer) throw Object.assign(new Error(answer.error.message), { code: answer.error.code ?? undefined });
      if (!('stored' in answer)) throw new Error(`the writer thread answered a write with ${JSON.stringify(answer)}`);
      return answer.stored;
    },
    async close() {
      try {
        // The thread checkpoints and closes its connection, then ends.
        if (!stopped) await ask({ type: 'close', id: next++ }).catch(() => undefined);
      } finally {
        await worker.terminate();
        await here?.close();
      }
    },
  };
}
