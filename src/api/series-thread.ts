// Series answers built on a thread of its own (the Node server on a libSQL file): the thread reads
// the points' texts through its own native read-only connection to the file and writes the answer's
// bytes (series-answer.ts), handing them back without a copy (a transferred ArrayBuffer). What an
// uncached series read costs beyond HTTP (SQLite writing ~80 points' JSON, grouping observations,
// writing the answer: about half of a miss) then runs beside the main thread, which only parses
// requests and writes answers: one thread was the server's ceiling (docs/performance.md, Uncached
// reads). The thread's connection sees every commit at once, as the main thread's reads do (same
// file, WAL).
// Until the thread has started (loading its code takes a while, through tsx the longest), and once
// it cannot start or stops, the answers are written by `here`: slower, never different.
import { Worker } from 'node:worker_threads';
import { workerModule } from '../ingest/worker-module';
import type { ReadPath } from '../db/repo/read-path';
import { seriesAnswersHere, type SeriesAnswerRequest, type SeriesAnswers } from './series-answer';

/** A request to answer, or the last message: close the connection and end. */
export type SeriesJob = { id: number; request: SeriesAnswerRequest } | { close: true };

/** An error crosses as its message and SQLite code (src/db/errors.ts reads both). */
export type SeriesReply =
  | { id: number; bytes: Uint8Array<ArrayBuffer> | null }
  | { id: number; error: { message: string; code: string | null } }
  /** Sent once, when the thread's connection is open. */
  | { ready: true };

export interface SeriesThread extends SeriesAnswers {
  /** Whether answers are built on the thread (false before it started, once it stopped, or when it could not start). */
  threaded(): boolean;
  /** Settles when the thread has started (true) or will not (false). */
  started(): Promise<boolean>;
  close(): Promise<void>;
}

const CLOSE_GRACE_MS = 1000;

interface Waiting {
  request: SeriesAnswerRequest;
  resolve(bytes: Uint8Array<ArrayBuffer> | null): void;
  reject(error: Error): void;
}

/**
 * The Node server's series answers: on a thread for a libSQL file (unless `threaded` is false:
 * FLOWLINE_SERIES_THREAD=off), else in this thread from `reads`.
 */
export function seriesAnswersOf(database: { path: string | null }, reads: ReadPath, threaded = true): SeriesThread {
  const here = seriesAnswersHere(reads);
  return database.path && threaded ? seriesThread(database.path, here) : seriesThread('', here, null);
}

/**
 * Answers for the libSQL file at `path`, built on a thread; `here` builds them in this thread
 * when there is none. `module` is the thread's code (a test gives one that dies).
 */
export function seriesThread(path: string, here: SeriesAnswers, module: URL | null = workerModule('series-worker')): SeriesThread {
  if (!module) return { bytes: (request) => here.bytes(request), threaded: () => false, started: async () => false, close: async () => {} };
  const worker = new Worker(module, { workerData: { path }, execArgv: [] });
  // Held only while a request waits: an idle thread never keeps the process alive.
  worker.unref();
  const waiting = new Map<number, Waiting>();
  let next = 0;
  let ready = false;
  let stopped = false;
  let settleStart!: (started: boolean) => void;
  const start = new Promise<boolean>((resolve) => (settleStart = resolve));

  const stop = () => {
    if (stopped) return;
    stopped = true;
    settleStart(false);
    // Reads change nothing, so what the thread held is asked again here.
    for (const w of waiting.values()) here.bytes(w.request).then(w.resolve, w.reject);
    waiting.clear();
  };
  worker.on('message', (reply: SeriesReply) => {
    if ('ready' in reply) {
      ready = !stopped;
      settleStart(ready);
      return;
    }
    const w = waiting.get(reply.id);
    if (!w) return;
    waiting.delete(reply.id);
    if (waiting.size === 0) worker.unref();
    if ('error' in reply) w.reject(Object.assign(new Error(reply.error.message), { code: reply.error.code ?? undefined }));
    else w.resolve(reply.bytes);
  });
  let exited = false;
  worker.on('error', stop);
  worker.on('exit', () => {
    exited = true;
    stop();
  });

  return {
    bytes(request) {
      if (!ready || stopped) return here.bytes(request);
      return new Promise((resolve, reject) => {
        const id = next++;
        if (waiting.size === 0) worker.ref();
        waiting.set(id, { request, resolve, reject });
        worker.postMessage({ id, request } satisfies SeriesJob);
      });
    },
    threaded: () => ready && !stopped,
    started: () => start,
    async close() {
      stop();
      if (exited) return;
      // The thread closes its own connection and ends; terminate() only if it has not within a
      // second (a thread stuck in a read).
      const ended = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
      worker.postMessage({ close: true } satisfies SeriesJob);
      const late = setTimeout(() => void worker.terminate(), CLOSE_GRACE_MS);
      await ended;
      clearTimeout(late);
    },
  };
}
