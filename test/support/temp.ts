// Temporary folders for test databases, removed by the returned cleanup.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function tempDir(prefix = 'flowline-'): { dir: string; cleanup(): void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A `file:` DATABASE_URL in a fresh temp folder. */
export function tempDbUrl(): { url: string; dir: string; cleanup(): void } {
  const t = tempDir('flowline-db-');
  return { url: `file:${join(t.dir, 'flowline.db')}`, ...t };
}
