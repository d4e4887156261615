// The built dashboard's files, served by the Node entry. A rebuild replaces them under a running
// server by rename (scripts/build-dashboard.mjs), so a file is opened once and its length, date and
// bytes all come from that one open file: @hono/node-server's serveStatic takes the length from a
// stat of the path and then opens the path again, and a rename in between sent the old length over
// the new bytes (Node then cuts the connection, or the client waits for bytes that never come).
// Files are read whole: the dashboard's largest is a few hundred KB and is fetched once per visit.
import { open } from 'node:fs/promises';
import { join, sep } from 'node:path';
import type { MiddlewareHandler } from 'hono';
import { getMimeType } from 'hono/utils/mime';

export interface StaticFilesOptions {
  /** The folder served at the site's root. */
  root: string;
  /** Cache-Control for a file found at this URL path. */
  cacheControl(path: string): string;
  /** Headers an HTML page gets from its own text (its CSP allows the inline blocks it holds). */
  pageHeaders?(html: string): Promise<[string, string][]>;
}

/** Serves GET and HEAD for files under `root` ("/" and folders: their index.html); anything else goes on to `next`. */
export function staticFiles({ root, cacheControl, pageHeaders }: StaticFilesOptions): MiddlewareHandler {
  return async (c, next) => {
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') return next();
    const relative = safeRelativePath(c.req.path);
    if (relative === null) return next();
    const file = await readWhole(join(root, relative)) ?? (await readWhole(join(root, relative, 'index.html')));
    if (!file) return next();
    const type = getMimeType(file.path) ?? 'application/octet-stream';
    c.header('Content-Type', type);
    if (pageHeaders && type.startsWith('text/html')) {
      for (const [name, value] of await pageHeaders(new TextDecoder().decode(file.bytes))) c.header(name, value);
    }
    c.header('Last-Modified', file.modified.toUTCString());
    c.header('Cache-Control', cacheControl(c.req.path));
    c.header('Content-Length', String(file.bytes.byteLength));
    return c.req.method === 'HEAD' ? c.body(null, 200) : c.body(file.bytes, 200);
  };
}

/**
 * The URL path as a path inside the root, or null when it could leave the root or is not a plain
 * file name: "..", "." or empty segments, backslashes, NUL, or an escape that does not decode.
 */
function safeRelativePath(urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  const segments = decoded.split('/').slice(1);
  if (segments.at(-1) === '') segments.pop(); // "/" and "/folder/": the folder itself
  for (const segment of segments) {
    if (segment === '' || segment === '.' || segment === '..' || segment.includes('\\') || segment.includes('\0')) return null;
  }
  return segments.join(sep);
}

/** The file's bytes and date as one open file has them, or null when there is no such regular file. */
async function readWhole(path: string): Promise<{ path: string; bytes: Uint8Array<ArrayBuffer>; modified: Date } | null> {
  let handle;
  try {
    handle = await open(path, 'r');
  } catch {
    return null; // missing, or not readable: not ours to serve
  }
  try {
    const stats = await handle.stat();
    if (!stats.isFile()) return null;
    // readFile's Buffer is backed by a plain ArrayBuffer (not a SharedArrayBuffer), as Response wants.
    return { path, bytes: (await handle.readFile()) as Uint8Array<ArrayBuffer>, modified: stats.mtime };
  } finally {
    await handle.close();
  }
}
