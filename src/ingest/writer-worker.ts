// The writer thread (src/ingest/writer-thread.ts): filed groups in, each stored in one
// transaction through its own native connection to the file; what each document became, or why
// the group was refused, back.
import { parentPort, workerData } from 'node:worker_threads';
import { isLocked, sqliteCode } from '../db/errors';
import { nativeWriter } from '../db/native-writer';
import { storeFiled, type Stored } from './store';
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
  let stored: Stored[];
  try {
    stored = await storeFiled(writer, job.group, job.options);
  } catch (error) {
    const refused = { message: (error as Error).message ?? String(error), code: sqliteCode(error) };
    if (isLocked(error)) locked = refused;
    return { id: job.id, error: refused };
  }
  // Between groups, while the batch's thread extracts the next: what is copied now is not left
  // for close(), which the batch waits for at the end (0.17-0.26 s of a 4 MB run's end went to
  // 0.06-0.10 s, at the price of the pages every group touches copied once a group). The group
  // is committed whatever happens here; close() tries again.
  try {
    writer.checkpoint?.();
  } catch {
    // A checkpoint that fails (an I/O error) leaves the pages in the WAL, where readers find them.
  }
  return { id: job.id, stored };
};

// One group at a time, in the order sent: a transaction never starts beside another.
let last = Promise.resolve();
port.on('message', (job: WriteJob) => {
  last = last.then(async () => {
    port.postMessage(await answer(job));
    if (job.type === 'close') port.close();
  });
});
