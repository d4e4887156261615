// Fetching feeds and pages from other people's servers, carefully. Pure (no node: imports): the
// CLI passes the Node transport (node-transport.ts, which checks every address a name resolves
// to), the Worker passes the platform's fetch. Everything a hostile or broken server can do to a
// fetch is bounded here: the scheme, where it points, how long it takes to answer and to send,
// how much it sends (counted while reading, so a 4 GB page stops at the cap), how often it
// redirects (each hop checked again).
import { formatBytes } from '../input/problem';
import { literalAddress, nonPublicReason } from './address';
import { FetchFailed, networkMessage, statusFailure } from './fetch-errors';

export { FetchFailed } from './fetch-errors';

export interface FetchPolicy {
  /** Sent as User-Agent: names flowline and, when configured, how to reach whoever runs it. */
  userAgent: string;
  /** Private, loopback, link-local and metadata addresses; only for tests on 127.0.0.1. */
  allowPrivate: boolean;
  /** Until the response headers arrive (connecting, TLS, the server thinking). */
  connectTimeoutMs: number;
  /** Longest silence while the body arrives. */
  readTimeoutMs: number;
  /** The whole fetch, redirects and body included: a server dripping a byte a second stops here. */
  totalTimeoutMs: number;
  maxBytes: number;
  maxRedirects: number;
}

export const DEFAULT_POLICY: Omit<FetchPolicy, 'maxBytes'> = {
  userAgent: userAgent(null),
  allowPrivate: false,
  connectTimeoutMs: 10_000,
  readTimeoutMs: 15_000,
  totalTimeoutMs: 60_000,
  maxRedirects: 5,
};

/** `flowline/0.1 (news feed reader; +https://example.org/contact)`; the contact is optional. */
export function userAgent(contact: string | null): string {
  return `flowline/0.1 (news feed reader${contact ? `; +${contact}` : ''})`;
}

/** One GET without following redirects; the careful part (checks, limits) is carefulFetch's. */
export type Transport = (url: URL, init: { headers: Record<string, string>; signal: AbortSignal }) => Promise<Response>;

/** The platform's fetch (Workers, or Node when addresses need no resolving check). */
export const platformTransport: Transport = (url, init) => fetch(url, { ...init, redirect: 'manual' });

export interface Conditional {
  etag?: string | null;
  lastModified?: string | null;
}

export interface Fetched {
  /** Where the body came from after redirects. */
  url: string;
  status: number;
  headers: Headers;
  /** null for 304 Not Modified. */
  bytes: Uint8Array | null;
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

export async function carefulFetch(
  address: string,
  policy: FetchPolicy,
  transport: Transport,
  conditional: Conditional = {},
  accept = '*/*',
): Promise<Fetched> {
  const deadline = Date.now() + policy.totalTimeoutMs;
  let url = checkUrl(address, policy);
  const headers: Record<string, string> = { 'User-Agent': policy.userAgent, Accept: accept };
  if (conditional.etag) headers['If-None-Match'] = conditional.etag;
  if (conditional.lastModified) headers['If-Modified-Since'] = conditional.lastModified;

  for (let hop = 0; ; hop++) {
    const controller = new AbortController();
    const response = await withTimer(
      transport(url, { headers, signal: controller.signal }),
      Math.min(policy.connectTimeoutMs, deadline - Date.now()),
      controller,
      () => new FetchFailed(`${url.href}: no answer within ${seconds(policy.connectTimeoutMs)}; the server is down or too slow, try again later`, true),
    ).catch((error: unknown) => {
      if (error instanceof FetchFailed) throw error;
      // A name that resolves to a private address will resolve there next time too.
      const refused = (error as { code?: unknown } | null)?.code === 'EFLOWLINE_PRIVATE';
      throw new FetchFailed(`${url.href}: ${networkMessage(error)}`, !refused);
    });

    if (REDIRECTS.has(response.status)) {
      void response.body?.cancel().catch(() => {});
      const location = response.headers.get('location');
      if (!location) throw new FetchFailed(`${url.href}: answered ${response.status} (a redirect) without a Location; the server is misconfigured`, false);
      if (hop + 1 > policy.maxRedirects) {
        throw new FetchFailed(`${address}: more than ${policy.maxRedirects} redirects (the last to ${location}); the address loops or moved too often, use the final address`, false);
      }
      url = checkUrl(new URL(location, url).href, policy, url.href);
      continue;
    }
    if (response.status === 304) {
      void response.body?.cancel().catch(() => {});
      return { url: url.href, status: 304, headers: response.headers, bytes: null };
    }
    if (response.status < 200 || response.status > 299) {
      void response.body?.cancel().catch(() => {});
      throw statusFailure(url.href, response.status);
    }
    const bytes = await readCapped(url.href, response, policy, controller, deadline);
    return { url: url.href, status: response.status, headers: response.headers, bytes };
  }
}

/** The URL if flowline may fetch it; `from` names the page that redirected here. */
export function checkUrl(address: string, policy: Pick<FetchPolicy, 'allowPrivate'>, from?: string): URL {
  const via = from ? ` (redirected from ${from})` : '';
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    throw new FetchFailed(`"${address}"${via} is not an absolute URL; write it as https://…`, false);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new FetchFailed(`${url.href}${via} uses ${url.protocol}; flowline fetches only http: and https: addresses`, false);
  }
  // Names are checked when they resolve (node-transport.ts); an address written out is checked here.
  const literal = literalAddress(url.hostname);
  const reason = literal && !policy.allowPrivate ? nonPublicReason(literal) : null;
  if (reason) {
    throw new FetchFailed(`${url.href}${via} points at ${literal}, ${reason}; flowline does not fetch from private or local networks`, false);
  }
  return url;
}

async function readCapped(where: string, response: Response, policy: FetchPolicy, controller: AbortController, deadline: number): Promise<Uint8Array> {
  const tooBig = (size: string) =>
    new FetchFailed(`${where}: is ${size}, over the ${formatBytes(policy.maxBytes)} limit; flowline reads articles and feeds, not archives`, false);
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > policy.maxBytes) throw tooBig(formatBytes(declared));
  if (!response.body) return new Uint8Array(0);
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const left = deadline - Date.now();
      const { done, value } = await withTimer(reader.read(), Math.min(policy.readTimeoutMs, left), controller, () =>
        left <= policy.readTimeoutMs
          ? new FetchFailed(`${where}: still sending after ${seconds(policy.totalTimeoutMs)} (${formatBytes(total)} so far); the server is too slow, try again later`, true)
          : new FetchFailed(`${where}: sent nothing for ${seconds(policy.readTimeoutMs)} mid-body (${formatBytes(total)} so far); try again later`, true),
      );
      if (done) break;
      total += value.byteLength;
      if (total > policy.maxBytes) throw tooBig(`more than ${formatBytes(policy.maxBytes)}`);
      chunks.push(value);
    }
  } catch (error) {
    void reader.cancel().catch(() => {});
    controller.abort();
    if (error instanceof FetchFailed) throw error;
    throw new FetchFailed(`${where}: the connection broke mid-body (${networkMessage(error)}); try again later`, true);
  }
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return bytes;
}

/** `promise`, or `failure()` once `ms` pass (aborting the request so its socket is let go). */
function withTimer<T>(promise: Promise<T>, ms: number, controller: AbortController, failure: () => Error): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      controller.abort();
      reject(failure());
    }, Math.max(0, ms));
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

function seconds(ms: number): string {
  return `${Math.round(ms / 100) / 10} s`;
}
