// HTTP caching for read routes. The ETag is the data version (bumped by every ingest that adds a
// document) plus the request URL, so a 304 is correct exactly until the next ingest. Rendered JSON
// bodies are also kept in a small in-memory map keyed the same way: a cached series costs one tiny
// query (the version) instead of a join over its points.
import type { MiddlewareHandler } from 'hono';
import { getDataVersion } from '../db/repo/meta';
import type { AppEnv } from './env';

const CACHE_CONTROL = 'public, max-age=0, must-revalidate';
const MAX_ENTRIES = 500;
const MAX_BODY_CHARS = 2_000_000;

interface Entry {
  body: string;
  contentType: string;
}

export class ResponseCache {
  private version = -1;
  private readonly entries = new Map<string, Entry>();

  get(version: number, key: string): Entry | undefined {
    if (version !== this.version) return undefined;
    const hit = this.entries.get(key);
    if (hit) {
      // Map order doubles as recency order.
      this.entries.delete(key);
      this.entries.set(key, hit);
    }
    return hit;
  }

  set(version: number, key: string, entry: Entry): void {
    if (entry.body.length > MAX_BODY_CHARS) return;
    if (version !== this.version) {
      this.entries.clear();
      this.version = version;
    }
    this.entries.set(key, entry);
    if (this.entries.size > MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value!);
  }
}

/** FNV-1a, 32 bit: a short stable tag of the URL, not a security boundary. */
function fnv1a(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

function matches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  if (ifNoneMatch.trim() === '*') return true;
  return ifNoneMatch.split(',').some((t) => t.trim().replace(/^W\//, '') === etag);
}

/** ETag + Cache-Control + 304; `memory` (JSON routes) also serves repeated bodies from RAM. */
export function cached(memory: ResponseCache | null): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const version = await getDataVersion(c.var.db);
    const url = new URL(c.req.url);
    const key = url.pathname + url.search;
    const etag = `"v${version}-${fnv1a(key)}"`;
    const headers = { ETag: etag, 'Cache-Control': CACHE_CONTROL, Vary: 'Accept-Encoding' };
    if (matches(c.req.header('If-None-Match'), etag)) return c.body(null, 304, headers);
    const hit = c.req.method === 'GET' ? memory?.get(version, key) : undefined;
    if (hit) return c.body(hit.body, 200, { ...headers, 'Content-Type': hit.contentType });
    await next();
    if (c.res.status !== 200) return undefined;
    for (const [name, value] of Object.entries(headers)) c.res.headers.set(name, value);
    const contentType = c.res.headers.get('Content-Type') ?? '';
    if (memory && c.req.method === 'GET' && contentType.startsWith('application/json')) {
      memory.set(version, key, { body: await c.res.clone().text(), contentType });
    }
    return undefined;
  };
}
