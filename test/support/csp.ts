// What the CSP must contain for a page: the sha256 of each inline <style> block, computed here
// independently (node:crypto) of the app's own Web Crypto code.
import { createHash } from 'node:crypto';

export function expectedStyleHashes(html: string): string[] {
  return [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)]
    .map((m) => m[1] ?? '')
    .filter(Boolean)
    .map((body) => `'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`);
}
