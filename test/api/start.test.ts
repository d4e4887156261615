// `npm start`'s server for real (scripts/start.ts in its own process): it migrates, ingests the
// seeds once, serves the API and the dashboard, and a second start adds nothing; a start on a busy
// port exits before touching anything, and a rebuild never leaves a running server half a dashboard.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { createServer as createNetServer, type AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { SeriesListResponse } from '../../src/api/types';
import { PROJECT_ROOT } from '../../src/db/client';
import { expectedStyleHashes } from '../support/csp';
import { startServer } from '../support/server';
import { tempDbUrl, tempDir } from '../support/temp';
import { SERVER_NODE_FLAGS } from '../../scripts/server-flags';
import packageJson from '../../package.json' with { type: 'json' };

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

it('npm start runs Node with the server\'s flags (scripts/server-flags.ts), as the CSV bench measures it', () => {
  expect(packageJson.scripts.start).toBe(`node ${SERVER_NODE_FLAGS.join(' ')} scripts/run-cli.mjs start --build`);
});

describe('starting next to a running server', () => {
  it('a second start on a busy port says so and exits before it builds, migrates or ingests', { timeout: 60_000 }, async () => {
    const busy = createNetServer();
    await new Promise<void>((done) => busy.listen(0, '127.0.0.1', done));
    const port = (busy.address() as AddressInfo).port;
    const dir = tempDir('flowline-busy-');
    const index = resolve(PROJECT_ROOT, 'dist/public/index.html');
    const before = existsSync(index) ? statSync(index).mtimeMs : null;
    try {
      const started = Date.now();
      const run = spawnSync(process.execPath, ['scripts/run-cli.mjs', 'start', '--build'], {
        cwd: PROJECT_ROOT,
        env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATABASE_URL: `file:${join(dir.dir, 'never.db')}` },
        encoding: 'utf8',
        timeout: 50_000,
      });
      expect(run.status, run.stderr).toBe(1);
      expect(run.stderr).toContain(`port ${port} is already in use`);
      expect(run.stderr).toContain('nothing was built, migrated or ingested');
      expect(run.stdout).not.toMatch(/ingested/);
      // Nothing was touched: no database file, no build.
      expect(existsSync(join(dir.dir, 'never.db'))).toBe(false);
      expect(existsSync(index) ? statSync(index).mtimeMs : null).toBe(before);
      expect(Date.now() - started).toBeLessThan(20_000);
    } finally {
      busy.close();
      dir.cleanup();
    }
  });

  it('a dashboard rebuilt under a running server is never served half-built', { timeout: 180_000 }, async () => {
    if (!existsSync(resolve(PROJECT_ROOT, 'dist/public/index.html'))) return;
    const served = tempDbUrl();
    const server = await startServer({ env: { DATABASE_URL: served.url } });
    try {
      const before = await (await fetch(`${server.url}/`)).text();
      const build = spawn(process.execPath, ['scripts/build-dashboard.mjs'], { cwd: PROJECT_ROOT, stdio: 'ignore' });
      const built = new Promise<number | null>((done) => build.once('exit', done));
      let finished = false;
      void built.then(() => (finished = true));
      const failures: string[] = [];
      let pages = 0;
      // Page and assets, over and over while the build runs and just after it.
      let html = '';
      while (!finished || pages < 3) {
        try {
          const page = await fetch(`${server.url}/`);
          html = await page.text();
          pages++;
          if (page.status !== 200) failures.push(`/ answered ${page.status}`);
          for (const [, src] of html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+)"/g)) {
            const asset = await fetch(`${server.url}/${src}`);
            await asset.arrayBuffer();
            if (asset.status !== 200) failures.push(`${src} answered ${asset.status}`);
          }
        } catch (error) {
          failures.push(`${(error as Error).message} (${String((error as Error).cause ?? '')}); the server printed:\n${server.output()}`);
          break;
        }
      }
      expect(await built).toBe(0);
      expect(failures).toEqual([]);
      expect(pages).toBeGreaterThan(3);
      // The same sources build the same page, whatever NODE_ENV the caller runs under (vitest's is "test").
      expect(html).toBe(before);
    } finally {
      await server.stop();
      served.cleanup();
    }
  });
});
