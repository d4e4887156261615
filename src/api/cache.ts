// HTTP caching for read routes. The ETag is the data version (bumped by every ingest that adds a
// document) plus the request URL, so a 304 is correct exactly until the next ingest. Response
// bodies up to 2 MB are also kept in memory keyed the same way, as bytes: a repeated series or a
// small CSV costs one tiny query (the version) instead of a join over its points. Bodies are
// collected while they stream out, and collection stops past the cap, so a million-row CSV still
// streams in constant memory.
import type { Context, MiddlewareHandler } from 'hono';
import type { AppEnv } from './env';

const CACHE_CONTROL = 'public, max-age=0, must-revalidate';
const MAX_ENTRIES = 500;
/** Derived values kept per data version (see ResponseCache.once): small, so many fit. */
const MAX_DERIVED = 2000;
const MAX_BODY_BYTES = 2 * 1024 * 1024;
/** Headers of the handler's response that a replay repeats. */
const KEPT_HEADERS = ['content-type', 'content-disposition'];

interface Entry {
  body: Uint8Array<ArrayBuffer>;
  etag: string;
  /** Every header of a replay: secure headers, ETag, Cache-Control, content type/disposition. */
  replay: Record<string, string>;
}

/** A cached answer ready to write, for entries that can skip the framework (see src/node.ts). */
export interface Replay {
  status: 200 | 304;
  headers: Record<string, string>;
  body: Uint8Array | null;
}

export class ResponseCache {
  private version = -1;
  private readonly entries = new Map<string, Entry>();
  private derivedVersion = -1;
  private readonly derived = new Map<string, Promise<unknown>>();

  /**
   * A value that depends only on the data of `version` (a series' summary and observation count),
   * computed once per version however many requests miss the response cache: an uncached read,
   * e.g. a new date range, then pays only for what its own query string changes.
   */
  once<T>(version: number, key: string, compute: () => Promise<T>): Promise<T> {
    if (version < this.derivedVersion) return compute();
    if (version !== this.derivedVersion) {
      this.derived.clear();
      this.derivedVersion = version;
    }
    let value = this.derived.get(key) as Promise<T> | undefined;
    if (!value) {
      value = compute();
      this.derived.set(key, value);
      // A failure is not remembered: the next request tries again.
      value.catch(() => this.derived.get(key) === value && this.derived.delete(key));
      if (this.derived.size > MAX_DERIVED) this.derived.delete(this.derived.keys().next().value!);
    }
    return value;
  }

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

  /**
   * The answer for `key` if this version's body was already served once through the app (which
   * fixed its full header set), else null: the caller then goes through the app as usual.
   */
  replay(version: number, key: string, ifNoneMatch: string | undefined): Replay | null {
    const hit = this.get(version, key);
    if (!hit) return null;
    if (matches(ifNoneMatch, hit.etag)) {
      const { 'content-type': _type, 'content-disposition': _disposition, ...headers } = hit.replay;
      return { status: 304, headers, body: null };
    }
    return { status: 200, headers: hit.replay, body: hit.body };
  }

  set(version: number, key: string, entry: Entry): void {
    if (version < this.version) return;
    if (version !== this.version) {
      this.entries.clear();
      this.version = version;
    }
    this.entries.set(key, entry);
    if (this.entries.size > MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value!);
  }
}

const encoder = new TextEncoder();

/**
 * What c.json answers (same bytes, same Content-Type), with the bytes handed to cached() as they
 * are: it would otherwise read the body back out of the Response to keep it, which cost about as
 * much as writing it (an uncached series read spent a fifth of its time on the two).
 *
 * On a cached() route the Response is built whole, with every header it will carry as one plain
 * object (the replay's), and cached() then leaves it untouched: setting its ETag afterwards, or
 * reading its body to keep it, made @hono/node-server turn it into a standard Response and write
 * it out through a ReadableStream, a sixth of an uncached read's CPU (see docs/performance.md, Uncached reads).
 */
export function jsonAnswer(c: Context<AppEnv>, body: unknown): Response {
  // A fresh ArrayBuffer always; Workers' types only say ArrayBufferLike.
  return jsonBytesAnswer(c, encoder.encode(JSON.stringify(body)) as Uint8Array<ArrayBuffer>);
}

/** jsonAnswer for an answer already written as JSON in UTF-8, kept and served as they are. */
export function jsonBytesAnswer(c: Context<AppEnv>, bytes: Uint8Array<ArrayBuffer>): Response {
  // c.get, not c.var: Hono's c.var copies every variable into a new object on each use.
  const cacheHeaders = c.get('cacheHeaders');
  if (!cacheHeaders) return c.body(bytes, 200, { 'Content-Type': 'application/json' });
  const replay = { ...Object.fromEntries(c.get('securityHeaders')), ...cacheHeaders, 'content-type': 'application/json' };
  const response = new Response(bytes, { status: 200, headers: replay });
  c.set('answer', { response, bytes, replay });
  return response;
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

/** Passes chunks through; hands over the whole body at the end unless it grew past the cap. */
function collector(onDone: (body: Uint8Array<ArrayBuffer>) => void): TransformStream<Uint8Array, Uint8Array> {
  let chunks: Uint8Array[] | null = [];
  let size = 0;
  return new TransformStream({
    transform(chunk, controller) {
      controller.enqueue(chunk);
      if (!chunks) return;
      size += chunk.byteLength;
      if (size > MAX_BODY_BYTES) chunks = null;
      else chunks.push(chunk);
    },
    flush() {
      if (!chunks) return;
      const body = new Uint8Array(size);
      let at = 0;
      for (const c of chunks) {
        body.set(c, at);
        at += c.byteLength;
      }
      onDone(body);
    },
  });
}

/** ETag + Cache-Control + 304, and replay of recent bodies from memory. */
export function cached(memory: ResponseCache): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    // c.get, not c.var: Hono's c.var copies every variable into a new object on each use.
    const version = await c.get('version').current(c.get('db'));
    c.set('dataVersion', version);
    const url = new URL(c.req.url);
    const key = url.pathname + url.search;
    const etag = `"v${version}-${fnv1a(key)}"`;
    const headers = { ETag: etag, 'Cache-Control': CACHE_CONTROL };
    if (matches(c.req.header('If-None-Match'), etag)) return c.body(null, 304, headers);
    c.set('cacheHeaders', headers);
    const hit = c.req.method === 'GET' ? memory.get(version, key) : undefined;
    if (hit) {
      // Built by hand rather than with c.body: Hono would copy its prepared headers into a Headers
      // object, and node-server then has to convert that back for every response.
      return new Response(hit.body, { status: 200, headers: hit.replay });
    }
    await next();
    const answer = c.get('answer');
    // jsonAnswer's own Response, served as built: its headers are already the replay's.
    if (answer && c.res === answer.response) {
      if (c.req.method === 'GET' && answer.bytes.byteLength <= MAX_BODY_BYTES) memory.set(version, key, { body: answer.bytes, etag, replay: answer.replay });
      return undefined;
    }
    if (c.res.status !== 200) return undefined;
    for (const [name, value] of Object.entries(headers)) c.res.headers.set(name, value);
    if (c.req.method === 'GET' && c.res.body !== null) {
      const kept: Record<string, string> = {};
      for (const name of KEPT_HEADERS) {
        const value = c.res.headers.get(name);
        if (value !== null) kept[name] = value;
      }
      const remember = (bytes: Uint8Array<ArrayBuffer>) =>
        memory.set(version, key, { body: bytes, etag, replay: { ...Object.fromEntries(c.var.securityHeaders), ...headers, ...kept } });
      if (kept['content-type']?.startsWith('application/json')) {
        // A JSON answer is already whole in memory: take its bytes as they are, rather than
        // streaming them through a TransformStream to collect them again.
        const bytes = new Uint8Array(await c.res.arrayBuffer());
        if (bytes.byteLength <= MAX_BODY_BYTES) remember(bytes);
        c.res = new Response(bytes, c.res);
      } else {
        c.res = new Response((c.res.body as ReadableStream<Uint8Array>).pipeThrough(collector(remember)), c.res);
      }
    }
    return undefined;
  };
}
