// `npm start`'s server for real (scripts/start.ts in its own process): it migrates, ingests the
// seeds once, serves the API and the dashboard, and a second start adds nothing.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import type { SeriesListResponse } from '../../src/api/types';
import { PROJECT_ROOT } from '../../src/db/client';
import { expectedStyleHashes } from '../support/csp';
import { startServer } from '../support/server';
import { tempDbUrl } from '../support/temp';

const db = tempDbUrl();
afterAll(() => db.cleanup());

it('serves the seeds and the dashboard, and a restart ingests nothing new', async () => {
  const first = await startServer({ env: { DATABASE_URL: db.url }, keepDatabase: true });
  try {
    expect(first.output()).toMatch(/ingested 3 documents \(3 new, 0 already present\), \d+ figures? in/);
    const list = (await (await fetch(`${first.url}/api/series`)).json()) as SeriesListResponse;
    expect(list.total).toBeGreaterThan(0);
    const write = await fetch(`${first.url}/api/documents`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"text":"x"}' });
    expect(write.status).toBe(403);
    if (existsSync(resolve(PROJECT_ROOT, 'dist/public/index.html'))) {
      const page = await fetch(`${first.url}/`);
      expect(page.status).toBe(200);
      expect(page.headers.get('content-type')).toMatch(/text\/html/);
      expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
      const html = await page.text();
      expect(html).toMatch(/<script[^>]+type="module"/);
      const styleSrc = /style-src ([^;]*)/.exec(page.headers.get('content-security-policy') ?? '')?.[1] ?? '';
      for (const hash of expectedStyleHashes(html)) expect(styleSrc).toContain(hash);
      expect(styleSrc).not.toContain('unsafe-inline');
    }
  } finally {
    await first.stop();
  }
  const second = await startServer({ env: { DATABASE_URL: db.url }, keepDatabase: true });
  try {
    expect(second.output()).toMatch(/ingested 3 documents \(0 new, 3 already present\), 0 figures in/);
  } finally {
    await second.stop();
  }
});
