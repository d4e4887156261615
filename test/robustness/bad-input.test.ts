// Bad articles and bad manifests through the real CLIs (ingest and extract): each problem is named
// with its file, the rest of the batch still goes in, and the exit code says something failed.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClient } from '@libsql/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateArticles } from './articles';
import { runCli } from './cli';

let dir: string;
let manifest: string;
const good = generateArticles(2, 77);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'flowline-bad-input-'));
  const a = join(dir, 'articles');
  mkdirSync(a);
  writeFileSync(join(a, 'good-1.txt'), good[0]!.text);
  writeFileSync(join(a, 'good-2.txt'), good[1]!.text);
  writeFileSync(join(a, 'empty.txt'), '');
  writeFileSync(join(a, 'image.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]));
  writeFileSync(join(a, 'noise.bin'), Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 131 + 7) % 256)));
  // "Exports of 300,000 bpd through the café route" in Latin-1: é is the byte 0xE9.
  writeFileSync(join(a, 'latin1.txt'), Buffer.concat([Buffer.from('Exports of 300,000 bpd through the caf'), Buffer.from([0xe9]), Buffer.from(' route.\n')]));
  writeFileSync(
    join(a, 'page.html'),
    '<!doctype html><html><head><title>x</title><script>var junk = "999,999 bpd";</script></head><body>' +
      '<h1>Northern exports</h1><p>Crude flows through the Kirkuk-Ceyhan pipeline averaged 410,000&nbsp;barrels per day on Monday, ' +
      'a shipping source said.</p><p>Officials gave no reason.</p></body></html>',
  );
  writeFileSync(
    join(a, 'windows.txt'),
    '\ufeffERBIL (Bench Wire) - Northern oil.\r\nCrude flows through the Kirkuk-Ceyhan pipeline reached 520,000 barrels per day on Tuesday, a shipping source said.\r\nTalks continue.\r\n',
  );
  // 20 MB: mostly words, with figures at the start and the end, so extraction has work at both ends.
  const filler = 'Officials from both sides met again without announcing an agreement on the route. ';
  const head = 'Crude flows through the Kirkuk-Ceyhan pipeline averaged 330,000 barrels per day on Monday, a shipping source said.\n';
  const tail = '\nExports through the Kurdish export line slipped to 290,000 barrels per day on Friday, an official said.\n';
  writeFileSync(join(a, 'twenty-mb.txt'), head + filler.repeat(Math.ceil((20 * 1024 * 1024) / filler.length)) + tail);

  manifest = join(dir, 'manifest.json');
  writeFileSync(
    manifest,
    JSON.stringify([
      { file: 'articles/good-1.txt', published: '2017-10-20', title: 'Good one' },
      { file: 'articles/empty.txt', published: '2017-10-20', title: 'Empty' },
      { file: 'articles/image.png', published: '2017-10-20', title: 'Image' },
      { file: 'articles/noise.bin', published: '2017-10-20', title: 'Noise' },
      { file: 'articles/latin1.txt', published: '2017-10-20', title: 'Latin-1' },
      { file: 'articles/page.html', published: '2017-10-23', title: 'Saved page' },
      { file: 'articles/windows.txt', published: '2017-10-24', title: 'Windows' },
      { file: 'articles/twenty-mb.txt', published: '2017-10-25', title: 'Twenty megabytes' },
      { file: 'articles/missing.txt', published: '2017-10-20', title: 'Missing' },
      { file: 'articles/good-2.txt', published: '2017-13-45', title: 'Bad date' },
      { file: 'articles/good-1.txt', published: '2017-10-21', title: 'Duplicate' },
    ]),
  );
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The stderr lines that mention `file`, joined: what a person would read about it. */
function about(stderr: string, file: string): string {
  return stderr
    .split('\n')
    .filter((line) => line.includes(file))
    .join('\n');
}

function expectEachBadFileNamed(stderr: string): void {
  expect(about(stderr, 'articles/empty.txt')).toMatch(/empty \(0 bytes\)/);
  expect(about(stderr, 'articles/image.png')).toMatch(/PNG image, not a text article/);
  expect(about(stderr, 'articles/noise.bin')).toMatch(/binary|NUL byte|not valid UTF-8/);
  expect(about(stderr, 'articles/latin1.txt')).toMatch(/not valid UTF-8: byte 0xE9 at byte offset 38/);
  expect(about(stderr, 'articles/missing.txt')).toMatch(/not found/);
  expect(about(stderr, 'articles/good-2.txt')).toMatch(/"2017-13-45" is not a real calendar date/);
  expect(about(stderr, 'articles/good-1.txt')).toMatch(/listed twice/);
  for (const fine of ['page.html', 'windows.txt', 'twenty-mb.txt']) expect(about(stderr, `articles/${fine}`)).not.toMatch(/empty|not valid|not found|binary|skipped/);
}

describe('npm run ingest with a batch of bad articles', () => {
  let dbDir: string;
  beforeAll(() => {
    dbDir = mkdtempSync(join(tmpdir(), 'flowline-bad-db-'));
  });
  afterAll(() => rmSync(dbDir, { recursive: true, force: true }));
  const db = () => `file:${join(dbDir, 'flowline.db')}`;

  it('names every bad file, stores the good ones, and exits 1', { timeout: 180_000 }, async () => {
    const run = await runCli('scripts/ingest.ts', ['--manifest', manifest], { DATABASE_URL: db() });
    expect(run.code, run.stderr).toBe(1);
    expectEachBadFileNamed(run.stderr);
    expect(run.stdout).toMatch(/ingested 4 documents \(4 new, 0 already present\)/);

    const client = createClient({ url: db() });
    try {
      const rows = (await client.execute('SELECT title, text, published FROM documents ORDER BY id')).rows;
      expect(rows.map((r) => r.title)).toEqual(['Good one', 'Saved page', 'Windows', 'Twenty megabytes']);
      const page = String(rows[1]!.text);
      expect(page).toContain('410,000\u00a0barrels per day');
      expect(page).not.toMatch(/<p>|junk|999,999/);
      // BOM and CRLF kept: the stored text is the file as readFileSync(…, 'utf8') gives it.
      expect(String(rows[2]!.text)).toBe(readFileSync(join(dir, 'articles/windows.txt'), 'utf8'));
      expect(String(rows[3]!.text).length).toBeGreaterThan(20 * 1024 * 1024);
      const figures = (await client.execute(`SELECT d.title, count(f.id) AS n FROM documents d LEFT JOIN figures f ON f.document_id = d.id GROUP BY d.id ORDER BY d.id`)).rows;
      for (const row of figures) expect(Number(row.n), `figures of ${String(row.title)}`).toBeGreaterThan(0);
    } finally {
      client.close();
    }
  });

  it('adds nothing when the same batch runs again, and still reports the bad files', { timeout: 180_000 }, async () => {
    const run = await runCli('scripts/ingest.ts', ['--manifest', manifest], { DATABASE_URL: db() });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/ingested 4 documents \(0 new, 4 already present\)/);
    const client = createClient({ url: db() });
    expect(Number((await client.execute('SELECT count(*) AS n FROM documents')).rows[0]!.n)).toBe(4);
    client.close();
  });

  it('takes files on the command line the same way', { timeout: 60_000 }, async () => {
    const files = ['good-2.txt', 'empty.txt', 'latin1.txt'].map((f) => join(dir, 'articles', f));
    const run = await runCli('scripts/ingest.ts', ['--published', '2017-10-22', ...files], { DATABASE_URL: db() });
    expect(run.code).toBe(1);
    expect(about(run.stderr, 'empty.txt')).toMatch(/empty/);
    expect(about(run.stderr, 'latin1.txt')).toMatch(/not valid UTF-8/);
    expect(run.stdout).toMatch(/1 new/);
  });

  it('refuses a manifest that is not JSON with exit 2 and says where it breaks', async () => {
    const broken = join(dir, 'broken.json');
    writeFileSync(broken, '[\n  {"file": "articles/good-1.txt"}\n  {"file": "articles/good-2.txt"}\n]\n');
    const run = await runCli('scripts/ingest.ts', ['--manifest', broken], { DATABASE_URL: db() });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/broken\.json: manifest is not valid JSON: .*line 3, column 3/);
  });

  it('refuses a missing manifest and a bad --published with exit 2', async () => {
    const missing = await runCli('scripts/ingest.ts', ['--manifest', join(dir, 'nope.json')], { DATABASE_URL: db() });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/nope\.json: manifest not found/);
    const badDate = await runCli('scripts/ingest.ts', ['--published', 'yesterday', join(dir, 'articles/good-1.txt')], { DATABASE_URL: db() });
    expect(badDate.code).toBe(2);
    expect(badDate.stderr).toMatch(/--published: published "yesterday" is not a date/);
  });
});

describe('npm run extract with the same batch', () => {
  it('prints figures for the good files, names the bad ones, and exits non-zero', { timeout: 180_000 }, async () => {
    const run = await runCli('scripts/extract.ts', ['--manifest', manifest]);
    expect(run.code, run.stderr).not.toBe(0);
    expectEachBadFileNamed(run.stderr);
    const figures = run.stdout
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as { file: string; start: number; end: number; text: string; value: number });
    const files = new Set(figures.map((f) => f.file));
    for (const ok of ['articles/good-1.txt', 'articles/page.html', 'articles/windows.txt', 'articles/twenty-mb.txt']) expect(files).toContain(ok);
    for (const bad of ['articles/empty.txt', 'articles/image.png', 'articles/latin1.txt', 'articles/missing.txt', 'articles/good-2.txt']) {
      expect(files).not.toContain(bad);
    }
    // With a BOM and CRLF the offsets still reproduce the file as other tools read it.
    const windows = readFileSync(join(dir, 'articles/windows.txt'), 'utf8');
    const fromWindows = figures.filter((f) => f.file === 'articles/windows.txt');
    expect(fromWindows.some((f) => f.value === 520000)).toBe(true);
    for (const f of fromWindows) expect(windows.slice(f.start, f.end)).toBe(f.text);
    // Both ends of the 20 MB article were read.
    const big = figures.filter((f) => f.file === 'articles/twenty-mb.txt').map((f) => f.value);
    expect(big).toEqual(expect.arrayContaining([330000, 290000]));
  });

  it('refuses a manifest that is not JSON with a message naming it', async () => {
    const broken = join(dir, 'not-json.json');
    writeFileSync(broken, 'file: articles/good-1.txt\n');
    const run = await runCli('scripts/extract.ts', ['--manifest', broken]);
    expect(run.code).not.toBe(0);
    expect(run.code).not.toBeNull();
    expect(run.stderr).toMatch(/not-json\.json.*not valid JSON/);
    expect(run.stdout).toBe('');
  });
});
