// Response headers that make the dashboard hard to abuse: a CSP allowing only the app's own
// assets (Vite bundles everything into dist/public; chart.js needs no other host; Lit styles go
// through adoptedStyleSheets, which CSP does not treat as inline style), no framing, no sniffing.
// Inline <style>/<script> blocks of index.html are allowed by their hashes only, never by
// 'unsafe-inline'.
import { Hono, type MiddlewareHandler } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import type { AppEnv } from './env';

export interface CspHashes {
  /** CSP source expressions such as 'sha256-…' for inline <style> blocks of the dashboard. */
  styles?: string[];
  scripts?: string[];
}

function policy(hashes: CspHashes) {
  return secureHeaders({
    contentSecurityPolicy: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'", ...(hashes.scripts ?? [])],
      styleSrc: ["'self'", ...(hashes.styles ?? [])],
      imgSrc: ["'self'", 'data:'],
      fontSrc: ["'self'"],
      connectSrc: ["'self'"],
      objectSrc: ["'none'"],
      baseUri: ["'self'"],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
    },
    crossOriginEmbedderPolicy: false,
    referrerPolicy: 'no-referrer',
  });
}

/** The headers hono/secure-headers decides on, worked out once on a throwaway app. */
export async function securityHeaderList(hashes: CspHashes = {}): Promise<[string, string][]> {
  const res = await new Hono()
    .use(policy(hashes))
    .get('/', (c) => c.body(null, 204))
    .request('/');
  return [...res.headers.entries()];
}

/**
 * Applies those headers BEFORE the handler runs (c.header), where secureHeaders itself sets them
 * on the finished response. Touching a finished response's headers makes @hono/node-server
 * rebuild it as a stream, which halved the throughput of cached series in the bench. The headers
 * are static (no nonces), so they are computed once.
 */
export function securityHeaders(hashes: CspHashes | Promise<CspHashes> = {}): MiddlewareHandler<AppEnv> {
  let headers: Promise<[string, string][]> | undefined;
  return async (c, next) => {
    headers ??= Promise.resolve(hashes).then(securityHeaderList);
    const list = await headers;
    c.set('securityHeaders', list);
    for (const [name, value] of list) c.header(name, value);
    await next();
  };
}
