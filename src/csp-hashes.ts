// CSP hashes of the inline <style> and <script> blocks in the built index.html, so the policy can
// allow exactly those bytes (Vite inlines small CSS into the page) without 'unsafe-inline'.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import type { CspHashes } from './api/security';

function hashes(html: string, tag: 'style' | 'script'): string[] {
  const re = tag === 'style' ? /<style\b[^>]*>([\s\S]*?)<\/style>/gi : /<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gi;
  return [...html.matchAll(re)]
    .map((m) => m[1] ?? '')
    .filter((body) => body.length > 0)
    .map((body) => `'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`);
}

export function inlineHashes(indexHtmlPath: string): CspHashes {
  if (!existsSync(indexHtmlPath)) return {};
  const html = readFileSync(indexHtmlPath, 'utf8');
  return { styles: hashes(html, 'style'), scripts: hashes(html, 'script') };
}
