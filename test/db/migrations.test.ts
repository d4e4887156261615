// The committed migrations match src/db/schema.ts: drizzle-kit, run against a copy of them,
// finds nothing to generate. (A schema edit without `npm run db:generate` fails here, not in prod.)
import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/db/client';
import { MIGRATIONS_DIR } from '../../src/db/migrate';

// drizzle-kit wants --out relative to the project, so the copy lives in .cache/ (gitignored).
const copy = resolve(PROJECT_ROOT, `.cache/migrations-check-${process.pid}`);
afterAll(() => rmSync(copy, { recursive: true, force: true }));

it('has migrations in step with the schema', async () => {
  mkdirSync(resolve(PROJECT_ROOT, '.cache'), { recursive: true });
  cpSync(MIGRATIONS_DIR, copy, { recursive: true });
  const before = readdirSync(copy).sort();
  const { stdout } = await promisify(execFile)(
    resolve(PROJECT_ROOT, 'node_modules/.bin/drizzle-kit'),
    ['generate', '--dialect', 'sqlite', '--schema', './src/db/schema.ts', '--out', `./${relative(PROJECT_ROOT, copy)}`],
    { cwd: PROJECT_ROOT },
  );
  expect(stdout).toMatch(/No schema changes/);
  expect(readdirSync(copy).sort()).toEqual(before);
});
