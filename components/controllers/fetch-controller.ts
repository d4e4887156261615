// A fetch tied to an element's life: it re-runs when its arguments change, aborts the previous
// request (so a slow old answer never overwrites a newer one) and aborts on disconnect.
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export type FetchStatus = 'idle' | 'loading' | 'ok' | 'error';

export class FetchController<A extends readonly unknown[], T> implements ReactiveController {
  status: FetchStatus = 'idle';
  value: T | undefined;
  error: Error | undefined;
  private lastKey: string | undefined;
  private abort: AbortController | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    /** Runs the request. */
    private readonly task: (args: A, signal: AbortSignal) => Promise<T>,
    /** Current arguments, or null while there is nothing to fetch. */
    private readonly args: () => A | null,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    // Re-fetch after a re-attach: the disconnect aborted whatever was in flight.
    this.lastKey = undefined;
  }

  hostUpdate(): void {
    const args = this.args();
    const key = args === null ? undefined : JSON.stringify(args);
    if (key === this.lastKey) return;
    this.lastKey = key;
    this.abort?.abort();
    if (args === null) {
      this.status = 'idle';
      return;
    }
    void this.run(args);
  }

  /** Fetches again with the same arguments (the "Try again" button). */
  retry(): void {
    this.lastKey = undefined;
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.abort?.abort();
  }

  private async run(args: A): Promise<void> {
    const abort = new AbortController();
    this.abort = abort;
    this.status = 'loading';
    try {
      const value = await this.task(args, abort.signal);
      if (abort.signal.aborted) return;
      this.value = value;
      this.error = undefined;
      this.status = 'ok';
    } catch (err) {
      if (abort.signal.aborted) return;
      this.error = err instanceof Error ? err : new Error(String(err));
      this.status = 'error';
    }
    this.host.requestUpdate();
  }
}
