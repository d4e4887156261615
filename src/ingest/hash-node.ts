// The content hash on Node: node:crypto hashes synchronously in a few microseconds, where Web
// Crypto's digest (src/ingest/hash.ts, kept for the Worker) hands every document to another
// thread and back. Same bytes, same hex: a document stored by either path is found by the other.
import { createHash } from 'node:crypto';

export function sha256HexSync(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}
