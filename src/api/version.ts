// How current the data version the caches key on must be. Reading it is one small query per
// request, which on Node costs about as much as the rest of a cached response; so the Node entry
// may reuse a reading for a short time (versionTtlMs). Writes through this app reset it at once;
// an ingest by another process (the CLI next to a running server) shows within the TTL.
import type { Orm } from '../db/orm';
import { getDataVersion } from '../db/repo/meta';

export class DataVersion {
  private value = 0;
  private readAt = -Infinity;
  private pending: Promise<number> | null = null;

  constructor(private readonly ttlMs: number) {}

  async current(db: Orm): Promise<number> {
    if (this.ttlMs <= 0) return getDataVersion(db);
    if (performance.now() - this.readAt < this.ttlMs) return this.value;
    // One query for a burst of requests, not one each.
    this.pending ??= getDataVersion(db).then(
      (v) => {
        this.value = v;
        this.readAt = performance.now();
        this.pending = null;
        return v;
      },
      (error: unknown) => {
        this.pending = null;
        throw error;
      },
    );
    return this.pending;
  }

  /** The version if a reading within the TTL is at hand, without waiting; else null. */
  peek(): number | null {
    return this.ttlMs > 0 && performance.now() - this.readAt < this.ttlMs ? this.value : null;
  }

  /** After a write through this app: the next request reads the version again. */
  invalidate(): void {
    this.readAt = -Infinity;
  }
}
