// Extraction threads are started only for idle cores (src/ingest/idle-cores.ts).
import { availableParallelism, cpus } from 'node:os';
import { expect, it } from 'vitest';
import { idleCores, threadsFor } from '../../src/ingest/idle-cores';

it('starts a thread per core left idle beside this one, none on a busy machine, at most three', () => {
  // Two cores, quiet: this thread's and one more.
  expect(threadsFor(2, 2)).toBe(1);
  // Two cores, the other busy with someone else's work (or both shared by many).
  expect(threadsFor(1, 2)).toBe(0);
  expect(threadsFor(0.1, 2)).toBe(0);
  // A core idle most of the time counts; half of one does not.
  expect(threadsFor(1.75, 2)).toBe(1);
  expect(threadsFor(1.5, 2)).toBe(0);
  // Never more threads than cores beside this one, nor more than three.
  expect(threadsFor(8, 2)).toBe(1);
  expect(threadsFor(8, 8)).toBe(3);
  expect(threadsFor(3.2, 8)).toBe(2);
  expect(threadsFor(1, 1)).toBe(0);
});

it('measures idle cores as a share of the machine, this waiting thread counted idle', async () => {
  const idle = await idleCores(50);
  expect(idle).toBeGreaterThanOrEqual(0);
  // Clock ticks round each core's idle time: allow a little over the count of cores.
  expect(idle).toBeLessThanOrEqual(Math.max(cpus().length, availableParallelism()) + 0.5);
});
