// The dashboard's files are replaced under a running server by renames (scripts/build-dashboard.mjs
// publishes a build file by file, index.html last). A request that meets a rename must get one
// version whole, with its own length: never the old file's Content-Length over the new file's bytes,
// which Node answers by cutting the connection (the client sees "other side closed").
import { spawn } from 'node:child_process';
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { listen } from '../../src/node';
import { inProcessApp, type InProcess } from '../support/app';
import { expectedStyleHashes } from '../support/csp';
import { tempDbUrl, tempDir } from '../support/temp';

const db = tempDbUrl();
const dir = tempDir('flowline-static-');
const publicDir = join(dir.dir, 'public');
// Two builds of each file, of different sizes (as two builds of a changed dashboard are).
const PAGES = ['<!doctype html><title>old</title>', `<!doctype html><title>new</title><!--${'x'.repeat(3000)}-->`];
const SCRIPTS = ['a'.repeat(150_000), 'b'.repeat(220_000)];
let base: InProcess;
let server: Awaited<ReturnType<typeof listen>>['server'];
let url: string;

beforeAll(async () => {
  mkdirSync(join(publicDir, 'assets'), { recursive: true });
  writeFileSync(join(publicDir, 'index.html'), PAGES[0]!);
  writeFileSync(join(publicDir, 'assets/app.js'), SCRIPTS[0]!);
  base = await inProcessApp(db.url, { publicDir });
  const bound = await listen(base.app, 0, '127.0.0.1');
  server = bound.server;
  url = `http://127.0.0.1:${bound.port}`;
});

afterAll(async () => {
  await new Promise((done) => server.close(done));
  base.database.close();
  db.cleanup();
  dir.cleanup();
});

/** Another process swaps both files back and forth by rename, as fast as it can, until killed. */
function swapper() {
  const versions = join(dir.dir, 'versions');
  mkdirSync(versions, { recursive: true });
  PAGES.forEach((page, i) => writeFileSync(join(versions, `page${i}`), page));
  SCRIPTS.forEach((script, i) => writeFileSync(join(versions, `script${i}`), script));
  const script = `
    const { copyFileSync, renameSync } = require('node:fs');
    const [versions, into] = process.argv.slice(1);
    for (let i = 1; ; i++) {
      copyFileSync(versions + '/page' + (i % 2), into + '/.page');
      renameSync(into + '/.page', into + '/index.html');
      copyFileSync(versions + '/script' + (i % 2), into + '/.script');
      renameSync(into + '/.script', into + '/assets/app.js');
    }`;
  return spawn(process.execPath, ['-e', script, versions, publicDir], { stdio: 'ignore' });
}

it('a page and an asset replaced while they are served come whole, old or new, never cut', { timeout: 60_000 }, async () => {
  const swapping = swapper();
  const failures: string[] = [];
  const seen = new Set<string>();
  try {
    for (let i = 0; i < 150 && failures.length < 5; i++) {
      for (const [path, versions] of [['/', PAGES], ['/assets/app.js', SCRIPTS]] as const) {
        try {
          const answer = await fetch(url + path, { signal: AbortSignal.timeout(3_000) });
          const body = await answer.text();
          if (answer.status !== 200) failures.push(`${path} answered ${answer.status}`);
          else if (!versions.includes(body)) failures.push(`${path} sent ${body.length} bytes that are neither version (one length, the other's bytes?)`);
          else seen.add(`${path} ${body.length}`);
        } catch (error) {
          failures.push(`${path}: ${(error as Error).message} (${String((error as Error).cause ?? '')})`);
        }
      }
    }
  } finally {
    const stopped = new Promise((done) => swapping.once('exit', done));
    swapping.kill();
    await stopped;
  }
  expect(failures).toEqual([]);
  // Both versions were met, so the swaps really happened under the requests.
  expect(seen.size).toBeGreaterThanOrEqual(3);
});

it('reads nothing outside the dashboard folder and answers 404 for what is not there', async () => {
  writeFileSync(join(dir.dir, 'secret.txt'), 'not for the web');
  for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/..%2fsecret.txt', '/nothing.js', '/assets/']) {
    const answer = await fetch(url + path);
    expect(answer.status, path).toBe(404);
    expect(await answer.text(), path).not.toContain('not for the web');
  }
});

it("a rebuilt page whose inline style changed is served with that style's hash in its CSP, without a restart", async () => {
  const styleSrc = (answer: Response) => /style-src ([^;]*)/.exec(answer.headers.get('content-security-policy') ?? '')?.[1] ?? '';
  for (const color of ['red', 'teal']) {
    const page = `<!doctype html><style>body{color:${color}}</style><title>${color}</title>`;
    writeFileSync(join(publicDir, '.page'), page);
    renameSync(join(publicDir, '.page'), join(publicDir, 'index.html'));
    const answer = await fetch(`${url}/`);
    expect(await answer.text()).toBe(page);
    const [hash] = expectedStyleHashes(page);
    expect(styleSrc(answer)).toContain(hash);
    expect(styleSrc(answer)).not.toContain('unsafe-inline');
  }
});
