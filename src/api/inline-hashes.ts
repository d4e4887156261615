// CSP hashes of the inline <style> and <script> blocks of an HTML page (Vite inlines small CSS
// into index.html), so the policy can allow exactly those bytes without 'unsafe-inline'.
// Web Crypto only: the Node entry runs it on dist/public/index.html at start, the Worker on the
// page its assets binding returns.
import type { CspHashes } from './security';

const STYLE = /<style\b[^>]*>([\s\S]*?)<\/style>/gi;
const INLINE_SCRIPT = /<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gi;

async function sha256Source(body: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(body)));
  let binary = '';
  for (const byte of digest) binary += String.fromCharCode(byte);
  return `'sha256-${btoa(binary)}'`;
}

async function hashesOf(html: string, re: RegExp): Promise<string[]> {
  const bodies = [...html.matchAll(re)].map((m) => m[1] ?? '').filter((b) => b.length > 0);
  return Promise.all(bodies.map(sha256Source));
}

export async function inlineHashes(html: string): Promise<CspHashes> {
  const [styles, scripts] = await Promise.all([hashesOf(html, STYLE), hashesOf(html, INLINE_SCRIPT)]);
  return { styles, scripts };
}
