// Whether extraction threads would find a free core. A second thread costs CPU of its own (it
// starts, warms up its own copy of the extractor, and its results are copied across): on the
// ingest bench's corpus the process used ~1.3× the CPU seconds of one thread doing everything.
// On an idle core that buys time; on a machine whose cores are all busy (a server shared with
// other work, a laptop compiling) the same CPU comes out of the ingest's own time slices and its
// neighbours'. So threads are started only for cores that sat idle over a short look.
import { cpus } from 'node:os';

/** Milliseconds every core has spent idle since boot. */
const idleMs = () => cpus().reduce((sum, cpu) => sum + cpu.times.idle, 0);

/** How many cores sat idle over the next `lookMs` (this thread's own included: it only waits). */
export async function idleCores(lookMs = 100): Promise<number> {
  const before = idleMs();
  const started = performance.now();
  await new Promise((resume) => setTimeout(resume, lookMs));
  return (idleMs() - before) / (performance.now() - started);
}

/**
 * Extraction threads for `idle` idle cores (this thread's included) out of `cores`: one per core
 * left idle beside this thread's, counting a core idle 70 % of the time as free, at most `most`.
 */
export function threadsFor(idle: number, cores: number, most = 3): number {
  return Math.max(0, Math.min(most, cores - 1, Math.floor(idle - 1 + 0.3)));
}
