// `wrangler deploy --dry-run` bundles the Worker exactly as a deploy would, without Cloudflare:
// proves the app has no Node-only import on the Worker path and keeps an eye on the bundle size.
import { execFile } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/db/client';
import { tempDir } from '../support/temp';
import { WRANGLER_BIN, WRANGLER_ENV } from '../support/workerd';

const out = tempDir('flowline-bundle-');
afterAll(() => out.cleanup());

it('bundles for Workers with wrangler deploy --dry-run', async () => {
  const { stdout, stderr } = await promisify(execFile)(WRANGLER_BIN, ['deploy', '--dry-run', '--outdir', out.dir], {
    cwd: PROJECT_ROOT,
    env: WRANGLER_ENV,
  });
  expect(`${stdout}${stderr}`).toMatch(/dry-run: exiting now/i);
  const files = readdirSync(out.dir).filter((f) => f.endsWith('.js'));
  expect(files.length).toBeGreaterThan(0);
  const bytes = files.reduce((n, f) => n + statSync(join(out.dir, f)).size, 0);
  // Workers' free plan allows 3 MB compressed; stay far below so the extractor can grow.
  expect(bytes).toBeLessThan(3 * 1024 * 1024);
  const bundle = files.map((f) => readFileSync(join(out.dir, f), 'utf8')).join('\n');
  expect(bundle).not.toMatch(/from\s+["']node:(fs|path|child_process)["']/);
  expect(bundle).not.toContain('@libsql/client');
});

