// `npm run extract` runs a cached esbuild bundle of scripts/extract.ts (scripts/run-extract.mjs).
// The bundle must print what tsx running the source prints, and must be rebuilt when a file that
// went into it changes: a stale bundle would silently run old rules.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const FIXTURES = join(ROOT, 'test/fixtures/extract');
const cache = mkdtempSync(join(tmpdir(), 'flowline-run-extract-'));
afterAll(() => rmSync(cache, { recursive: true, force: true }));

const run = promisify(execFile);
const ARGS = ['--published', '2017-10-24', join(FIXTURES, 'acronym-facility.txt'), join(FIXTURES, 'aside-time.txt'), join(FIXTURES, 'nope.txt')];

async function outcome(args: string[]): Promise<{ stdout: string; stderr: string; code: number }> {
  try {
    const r = await run(process.execPath, args, { cwd: ROOT, env: { ...process.env, FLOWLINE_EXTRACT_CACHE: cache }, maxBuffer: 1 << 26 });
    return { ...r, code: 0 };
  } catch (e) {
    const r = e as { stdout: string; stderr: string; code: number };
    return { stdout: r.stdout, stderr: r.stderr, code: r.code };
  }
}

it('prints the same lines, problems and exit code as the TypeScript source run by tsx', { timeout: 120_000 }, async () => {
  const bundled = await outcome(['scripts/run-extract.mjs', ...ARGS]);
  const source = await outcome(['--import', 'tsx', 'scripts/extract.ts', ...ARGS]);
  expect(bundled.stdout.split('\n').length).toBeGreaterThan(2);
  expect(bundled).toEqual(source);
});

it('rebuilds the bundle when a file that went into it has changed', { timeout: 120_000 }, async () => {
  await outcome(['scripts/run-extract.mjs', '--help']);
  const inputs = join(cache, 'extract.inputs.json');
  const recorded = JSON.parse(readFileSync(inputs, 'utf8')) as { hash: string; files: string[] };
  expect(recorded.files).toContain('src/extract/pipeline.ts');
  const built = statSync(join(cache, 'extract.mjs')).mtimeMs;
  // Reused while nothing changed…
  await outcome(['scripts/run-extract.mjs', '--help']);
  expect(statSync(join(cache, 'extract.mjs')).mtimeMs).toBe(built);
  // …rebuilt when the recorded contents no longer match (as after an edit or a checkout).
  writeFileSync(inputs, JSON.stringify({ ...recorded, hash: 'stale' }));
  await new Promise((r) => setTimeout(r, 20));
  await outcome(['scripts/run-extract.mjs', '--help']);
  expect(statSync(join(cache, 'extract.mjs')).mtimeMs).toBeGreaterThan(built);
});
