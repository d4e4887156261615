// `npm run ingest` (scripts/ingest.ts): summary line, a bad file named while the rest goes in,
// exit code 1 when anything was refused, nothing doubled on a second run.
import { execFile } from 'node:child_process';
import { copyFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/db/client';
import { tempDbUrl, tempDir } from '../support/temp';

const run = promisify(execFile);
const db = tempDbUrl();
const dir = tempDir('flowline-ingest-cli-');
afterAll(() => {
  db.cleanup();
  dir.cleanup();
});

async function ingest(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', resolve(PROJECT_ROOT, 'scripts/ingest.ts'), ...args], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, DATABASE_URL: db.url },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

it('ingests good files, names the bad one, and exits 1', async () => {
  const good = join(dir.dir, 'good.txt');
  copyFileSync(resolve(PROJECT_ROOT, 'data/articles/000_ef8b8468e26c1db0.txt'), good);
  const empty = join(dir.dir, 'empty.txt');
  writeFileSync(empty, '');
  const first = await ingest(['--published', '2017-10-24', good, empty]);
  expect(first.code).toBe(1);
  expect(first.stderr).toContain('empty.txt');
  expect(first.stdout).toMatch(/^ingested 1 document \(1 new, 0 already present\), 1 file refused, [1-9]\d* figures? in \d+\.\d s$/m);

  const again = await ingest(['--published', '2017-10-24', good]);
  expect(again.code).toBe(0);
  expect(again.stdout).toMatch(/ingested 1 document \(0 new, 1 already present\), 0 figures in/);
});

it('explains how to call it when given nothing', async () => {
  const r = await ingest([]);
  expect(r.code).toBe(2);
  expect(r.stderr).toMatch(/--manifest/);
});
