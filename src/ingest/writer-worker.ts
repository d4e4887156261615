// The writer thread (src/ingest/writer-thread.ts): filed groups in, each stored in one
// transaction through its own native connection to the file; what each document became, or why
// the group was refused, back.
import { parentPort, workerData } from 'node:worker_threads';
import { isLocked, sqliteCode } from '../db/errors';
import { nativeWriter } from '../db/native-writer';
import { storeFiled } from './store';
import type { WriteAnswer, WriteJob } from './writer-thread';

const writer = nativeWriter((workerData as { path: string }).path);
const port = parentPort!;

/**
 * Once another program held the lock past the busy timeout, the batch stops (src/ingest/batch.ts)
 * and the groups queued behind are not tried: each would wait out the same timeout for nothing.
 */
let locked: { message: string; code: string | null } | null = null;

const answer = async (job: WriteJob): Promise<WriteAnswer> => {
  if (job.type === 'close') {
    writer.close();
    return { id: job.id, closed: true };
  }
  if (locked) return { id: job.id, error: locked };
  try {
    return { id: job.id, stored: await storeFiled(writer, job.group, job.options) };
  } catch (error) {
    const refused = { message: (error as Error).message ?? String(error), code: sqliteCode(error) };
    if (isLocked(error)) locked = refused;
    return { id: job.id, error: refused };
  }
};

// One group at a time, in the order sent: a transaction never starts beside another.
let last = Promise.resolve();
port.on('message', (job: WriteJob) => {
  last = last.then(async () => {
    port.postMessage(await answer(job));
    if (job.type === 'close') port.close();
  });
});
