// Response headers that make the dashboard hard to abuse: a CSP allowing only the app's own
// assets (Vite bundles everything into dist/public; chart.js needs no other host; Lit styles go
// through adoptedStyleSheets, which CSP does not treat as inline style), no framing, no sniffing.
// Inline <style>/<script> blocks of index.html are allowed by their hashes only (the Node entry
// computes them from the built file), never by 'unsafe-inline'.
import { secureHeaders } from 'hono/secure-headers';

export interface CspHashes {
  /** CSP source expressions such as 'sha256-…' for inline <style> blocks of the dashboard. */
  styles?: string[];
  scripts?: string[];
}

export function securityHeaders(hashes: CspHashes = {}) {
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
