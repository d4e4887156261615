// The two curation CLIs over a libSQL file: npm run reextract reports per document and in total,
// npm run export-gold writes a set the scorer can read. (The logic is tested in reextract.test.ts.)
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { correctFigure } from '../../src/curation/correct';
import { migrateDatabase } from '../../src/db/migrate';
import { listDocumentFigures } from '../../src/db/repo/points';
import { openDatabase, PROJECT_ROOT } from '../../src/db/client';
import { ingestDocument } from '../../src/ingest';
import { tempDbUrl, tempDir } from '../support/temp';

const run = promisify(execFile);
const temp = tempDbUrl();
const out = tempDir('flowline-gold-cli-');
const TEXT = 'Loadings at the southern terminals averaged 3.3 million barrels per day in March, port officials said.';

const cli = (script: string, args: string[]) =>
  run(process.execPath, ['--import', 'tsx', resolve(PROJECT_ROOT, 'scripts', script), ...args], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, DATABASE_URL: temp.url },
  });

beforeAll(async () => {
  const database = await openDatabase({ databaseUrl: temp.url, databaseAuthToken: null });
  try {
    await migrateDatabase(database);
    const { documentId } = await ingestDocument(database.db, { text: TEXT, published: '2024-04-02' });
    const [f] = await listDocumentFigures(database.db, documentId);
    await correctFigure(database.db, f!.id, { action: 'correct', changes: { value: 3350000 } }, { by: 'carol' });
  } finally {
    database.close();
  }
});
afterAll(() => {
  temp.cleanup();
  out.cleanup();
});

it('npm run reextract reports each document and the totals, and --dry-run writes nothing', async () => {
  const { stdout } = await cli('reextract.ts', ['--dry-run']);
  expect(stdout).toMatch(/^document 1: \+0 added, -0 removed, ~0 changed, 1 unchanged; corrections: 1 re-applied/m);
  expect(stdout).toMatch(/would re-extract 1 documents \(0 changed\)/);
}, 60_000);

it('npm run export-gold writes the corrected figure as gold in the scorer format', async () => {
  const { stdout } = await cli('export-gold.ts', ['--out', out.dir]);
  expect(stdout).toMatch(/wrote 1 reviewed figures and 0 rejected ones from 1 documents/);
  const [line] = readFileSync(join(out.dir, 'gold.jsonl'), 'utf8').trim().split('\n');
  expect(JSON.parse(line!)).toMatchObject({ file: 'articles/doc-1.txt', value: 3350000, span: '3.3 million barrels per day', note: expect.stringMatching(/corrected by carol/) });
  expect(readFileSync(join(out.dir, 'articles/doc-1.txt'), 'utf8')).toBe(TEXT);
  expect(JSON.parse(readFileSync(join(out.dir, 'manifest.json'), 'utf8'))).toEqual([expect.objectContaining({ file: 'articles/doc-1.txt', published: '2024-04-02' })]);
  expect(existsSync(join(out.dir, 'distractors.jsonl'))).toBe(true);
}, 60_000);

it('export-gold without --out says what it needs', async () => {
  await expect(cli('export-gold.ts', [])).rejects.toMatchObject({ code: 2, stderr: expect.stringMatching(/--out DIR/) });
});
