// The API suite against the Worker in workerd (wrangler dev) on a local D1, over real HTTP, and
// the dashboard pages it serves from its assets binding.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/db/client';
import { apiSuite, expectError } from '../api/suite';
import { expectedStyleHashes } from '../support/csp';
import { startWorkerd, type Workerd } from '../support/workerd';

const TOKEN = 'worker-token';
const MAX_BODY = 64 * 1024;
let worker: Workerd | undefined;

apiSuite('workerd + D1', async () => {
  worker = await startWorkerd({ FLOWLINE_TOKEN: TOKEN, FLOWLINE_MAX_BODY_BYTES: String(MAX_BODY) });
  const base = worker.url;
  return { fetch: (path, init) => fetch(`${base}${path}`, init), token: TOKEN, maxBodyBytes: MAX_BODY };
});

describe('the Worker serving the dashboard', () => {
  const index = resolve(PROJECT_ROOT, 'dist/public/index.html');

  it.runIf(existsSync(index))('serves index.html with secure headers and a CSP for its inline blocks', async () => {
    const res = await fetch(`${worker!.url}/`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    const html = await res.text();
    expect(html).toBe(readFileSync(index, 'utf8'));
    const styleSrc = /style-src ([^;]*)/.exec(csp)?.[1] ?? '';
    for (const hash of expectedStyleHashes(html)) expect(styleSrc).toContain(hash);
  });

  it('stores an article with many figures (D1 binds at most 100 parameters per statement)', async () => {
    const sentences = Array.from({ length: 40 }, (_, i) => {
      const day = String(1 + (i % 28)).padStart(2, '0');
      return `Exports from the Basra oil terminal were ${(3000 + i * 10).toLocaleString('en-US')},000 barrels per day on 2018-${i < 28 ? '03' : '04'}-${day}, officials said.`;
    });
    const res = await fetch(`${worker!.url}/api/documents`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${TOKEN}` },
      body: JSON.stringify({ text: sentences.join(' '), title: 'Many figures', published: '2018-04-30' }),
    });
    expect(res.status).toBe(201);
    const body = (await res.json()) as { figures: { value: number }[] };
    expect(body.figures.length).toBeGreaterThanOrEqual(40);
  });

  it('keeps unknown API paths in the JSON error shape', async () => {
    await expectError(await fetch(`${worker!.url}/api/nope`), 404, 'not_found');
  });
});

afterAll(async () => {
  await worker?.stop();
});
