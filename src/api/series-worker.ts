// The series thread (series-thread.ts): a request in, the answer's bytes back, moved rather than
// copied; built from its own read-only native connection to the file.
import { parentPort, workerData } from 'node:worker_threads';
import { sqliteCode } from '../db/errors';
import { nativeStatements } from '../db/native-read';
import { seriesAnswersHere } from './series-answer';
import type { SeriesJob, SeriesReply } from './series-thread';

const statements = nativeStatements((workerData as { path: string }).path);
const answers = seriesAnswersHere(statements);
const port = parentPort!;

port.on('message', async (job: SeriesJob) => {
  if ('close' in job) {
    // Closed here, by this thread, before it ends: a connection torn down by terminate() from
    // outside could abort the whole process (a panic in the native binding's teardown).
    statements.close();
    port.close();
    return;
  }
  const { id, request } = job;
  let reply: SeriesReply;
  try {
    reply = { id, bytes: await answers.bytes(request) };
  } catch (error) {
    reply = { id, error: { message: (error as Error).message ?? String(error), code: sqliteCode(error) } };
  }
  port.postMessage(reply, 'bytes' in reply && reply.bytes ? [reply.bytes.buffer] : []);
});
port.postMessage({ ready: true } satisfies SeriesReply);
