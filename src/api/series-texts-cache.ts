// Each series' points' texts (src/db/repo/point-texts.ts), kept per data version in the thread
// that writes series answers: the first uncached read of a series has SQLite write its points'
// JSON, and every later one until the data changes (another date range, kinds, means) slices what
// is kept instead (point-texts-range.ts). SQLite writing that JSON was half of a miss's work.
//
// Kept by data version, like the response cache: every write bumps the version (src/db/repo/meta.ts),
// and a request of a newer version drops all that is kept, so a read after a write reads the
// write. The texts are read after the request's version was, so what is kept under a version is
// never older than it. The first read of a series after a write still pays in full: this only
// spares the reads after it.
import type { PointTexts } from '../db/repo/point-texts';

/** ~15 MB: a few hundred typical series (an 80-point one is ~60 KB), or a few large ones. */
const MOST_BYTES = 15 * 1024 * 1024;
/** What a report object and its end offset cost beside the texts' bytes, roughly. */
const BYTES_PER_REPORT = 200;

interface Kept {
  texts: Promise<PointTexts | null>;
  bytes: number;
}

export class SeriesTextsCache {
  private version = -1;
  private bytes = 0;
  /** By series id; Map order doubles as recency order. */
  private readonly kept = new Map<string, Kept>();

  constructor(private readonly mostBytes = MOST_BYTES) {}

  /** The texts of series `id` at `version`: kept ones, or `read()`'s, then kept. */
  texts(version: number, id: string, read: () => Promise<PointTexts | null>): Promise<PointTexts | null> {
    // A request that read the version before a newer one was seen: answered, not kept.
    if (version < this.version) return read();
    if (version > this.version) {
      this.kept.clear();
      this.bytes = 0;
      this.version = version;
    }
    const hit = this.kept.get(id);
    if (hit) {
      this.kept.delete(id);
      this.kept.set(id, hit);
      return hit.texts;
    }
    // Kept while pending too: requests arriving together share one read.
    const entry: Kept = { texts: read(), bytes: 0 };
    this.kept.set(id, entry);
    entry.texts.then(
      (texts) => {
        if (this.kept.get(id) !== entry) return;
        entry.bytes = texts ? texts.json.byteLength + texts.reports.length * BYTES_PER_REPORT : 0;
        // One series larger than all that may be kept is answered, not kept: it would push out every other.
        if (entry.bytes > this.mostBytes) return void this.kept.delete(id);
        this.bytes += entry.bytes;
        this.evict();
      },
      // A failure is not kept: the next request reads again.
      () => this.kept.get(id) === entry && this.kept.delete(id),
    );
    return entry.texts;
  }

  /** The texts kept of series `id` at `version`, without reading them; null when none are. */
  peek(version: number, id: string): Promise<PointTexts | null> {
    return (version === this.version && this.kept.get(id)?.texts) || Promise.resolve(null);
  }

  /** Series kept (for tests). */
  size(): number {
    return this.kept.size;
  }

  private evict(): void {
    for (const [id, entry] of this.kept) {
      if (this.bytes <= this.mostBytes) return;
      this.kept.delete(id);
      this.bytes -= entry.bytes;
    }
  }
}
