import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listArticles, readManifest } from '../../src/input/manifest';
import { InputError } from '../../src/input/problem';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'flowline-manifest-'));
  mkdirSync(join(dir, 'articles'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function article(name: string, text: string): string {
  const path = join(dir, 'articles', name);
  writeFileSync(path, text);
  return path;
}
function manifest(content: unknown, name = 'manifest.json'): string {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' || content instanceof Uint8Array ? content : JSON.stringify(content, null, 1));
  return path;
}
function thrown(fn: () => unknown): InputError {
  try {
    fn();
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error('expected an InputError');
}

describe('readManifest', () => {
  it('reads entries relative to the manifest folder and keeps `file` as written', () => {
    article('a.txt', 'Flows were 300,000 bpd.');
    const abs = article('b.txt', 'Exports were 500,000 bpd.');
    const m = manifest([
      { file: 'articles/a.txt', published: '2017-10-24', title: ' Flows ', source: 'Wire', url: 'https://example.com/a' },
      { file: abs, extra: 'ignored' },
    ]);
    const { entries, problems } = readManifest(m);
    expect(problems).toEqual([]);
    expect(entries.map(({ bytes: _, ...rest }) => rest)).toEqual([
      { file: 'articles/a.txt', path: join(dir, 'articles/a.txt'), published: '2017-10-24', title: 'Flows', source: 'Wire', url: 'https://example.com/a' },
      { file: abs, path: abs, published: null, title: null, source: null, url: null },
    ]);
    // The duplicate check read each file already; its bytes go to the reader, not a second read.
    expect(entries.map((e) => Buffer.from(e.bytes ?? []).toString('utf8'))).toEqual(['Flows were 300,000 bpd.', 'Exports were 500,000 bpd.']);
  });

  it('keeps no bytes for a file over the article limit, so readArticle still refuses it by size', () => {
    article('big.txt', 'x'.repeat(2 * 1024 * 1024));
    const before = process.env.FLOWLINE_MAX_ARTICLE_MB;
    process.env.FLOWLINE_MAX_ARTICLE_MB = '1';
    try {
      const { entries } = readManifest(manifest([{ file: 'articles/big.txt' }]));
      expect(entries[0]?.bytes).toBeNull();
    } finally {
      if (before === undefined) delete process.env.FLOWLINE_MAX_ARTICLE_MB;
      else process.env.FLOWLINE_MAX_ARTICLE_MB = before;
    }
  });

  it('takes the date part of an ISO timestamp', () => {
    article('a.txt', 'x 1 bpd');
    const { entries } = readManifest(manifest([{ file: 'articles/a.txt', published: '2017-10-24T23:30:00-05:00' }]));
    expect(entries[0]?.published).toBe('2017-10-24');
  });

  it('skips entries with a missing file, a bad date, a bad url or bad fields, and keeps the rest', () => {
    article('good.txt', 'Flows were 300,000 bpd.');
    article('d1.txt', 'one 1 bpd');
    article('d2.txt', 'two 2 bpd');
    article('d3.txt', 'three 3 bpd');
    article('d4.txt', 'four 4 bpd');
    const m = manifest([
      { file: 'articles/missing.txt', published: '2017-10-24' },
      { file: 'articles/d1.txt', published: '2017-13-45' },
      { file: 'articles/d2.txt', published: 'yesterday' },
      { file: 'articles/d3.txt', url: 'javascript:alert(1)' },
      { file: 'articles/d4.txt', title: 42 },
      'articles/good.txt',
      { published: '2017-10-24' },
      { file: 'articles/good.txt', published: '2017-10-24' },
    ]);
    const { entries, problems } = readManifest(m);
    expect(entries.map((e) => e.file)).toEqual(['articles/good.txt']);
    const byFile = (f: string) => problems.filter((p) => p.file === f).map((p) => p.message).join(' | ');
    expect(byFile('articles/missing.txt')).toMatch(/not found \(looked for .*missing\.txt\).*entry 1.*skipped/);
    expect(byFile('articles/d1.txt')).toMatch(/"2017-13-45" is not a real calendar date.*YYYY-MM-DD/);
    expect(byFile('articles/d2.txt')).toMatch(/"yesterday" is not a date in the form YYYY-MM-DD/);
    expect(byFile('articles/d3.txt')).toMatch(/uses javascript:; only http: and https:/);
    expect(byFile('articles/d4.txt')).toMatch(/title must be a string, not the number 42/);
    expect(byFile(`entry 6 of ${m}`)).toMatch(/is the string "articles\/good.txt", not an object/);
    expect(byFile(`entry 7 of ${m}`)).toMatch(/has no "file"/);
    expect(problems).toHaveLength(7);
  });

  it('reports duplicates of the same file (however written) and of the same content; the first wins', () => {
    article('a.txt', 'Flows were 300,000 bpd.');
    article('copy.txt', 'Flows were 300,000 bpd.');
    article('other.txt', 'Flows were 400,000 bpd.');
    symlinkSync(join(dir, 'articles/a.txt'), join(dir, 'articles/link.txt'));
    const { entries, problems } = readManifest(
      manifest([
        { file: 'articles/a.txt', published: '2017-10-01' },
        { file: './articles/../articles/a.txt' },
        { file: 'articles/link.txt' },
        { file: 'articles/copy.txt' },
        { file: 'articles/other.txt' },
      ]),
    );
    expect(entries.map((e) => e.file)).toEqual(['articles/a.txt', 'articles/other.txt']);
    expect(entries[0]?.published).toBe('2017-10-01');
    expect(problems.map((p) => p.file)).toEqual(['./articles/../articles/a.txt', 'articles/link.txt', 'articles/copy.txt']);
    expect(problems[0]?.message).toMatch(/listed twice: the same file as entry 1/);
    expect(problems[2]?.message).toMatch(/same content as entry 1/);
  });

  it('throws InputError (exit code 2) when the manifest is missing, a folder, empty, not JSON or not an array', () => {
    const missing = thrown(() => readManifest(join(dir, 'nope.json')));
    expect(missing.exitCode).toBe(2);
    expect(missing.message).toMatch(/nope\.json: manifest not found/);
    expect(thrown(() => readManifest(dir)).message).toMatch(/is a directory/);
    expect(thrown(() => readManifest(manifest(''))).message).toMatch(/manifest is empty/);
    const broken = thrown(() => readManifest(manifest('[\n {"file": "a.txt"}\n {"file": "b.txt"}\n]')));
    expect(broken.message).toMatch(/not valid JSON: .* at line 3, column 2/);
    expect(thrown(() => readManifest(manifest({ file: 'a.txt' }))).message).toMatch(/manifest is an object, not a JSON array/);
    expect(thrown(() => readManifest(manifest(Buffer.from([0x5b, 0xff, 0x5d])))).message).toMatch(/not valid UTF-8/);
  });

  it('accepts a manifest saved with a BOM', () => {
    article('a.txt', 'Flows were 300,000 bpd.');
    const { entries } = readManifest(manifest(`\ufeff${JSON.stringify([{ file: 'articles/a.txt' }])}`));
    expect(entries).toHaveLength(1);
  });

  it('reports an unreadable file rather than failing the batch', () => {
    if (process.getuid?.() === 0) return; // root reads everything; nothing to check
    article('secret.txt', 'x 1 bpd');
    chmodSync(join(dir, 'articles/secret.txt'), 0o000);
    const { problems } = readManifest(manifest([{ file: 'articles/secret.txt' }]));
    expect(problems[0]?.message).toMatch(/permission denied/);
  });
});

describe('listArticles', () => {
  it('checks command-line files the same way, with one published date for all', () => {
    const a = article('a.txt', 'A 1 bpd');
    const b = article('b.txt', 'B 2 bpd');
    const { entries, problems } = listArticles([a, b, a, join(dir, 'gone.txt')], { published: '2017-10-16' });
    expect(entries.map((e) => [e.file, e.published])).toEqual([
      [a, '2017-10-16'],
      [b, '2017-10-16'],
    ]);
    expect(problems.map((p) => p.message)).toEqual([expect.stringMatching(/listed twice/), expect.stringMatching(/not found/)]);
  });

  it('refuses a bad --published for the whole run', () => {
    const error = thrown(() => listArticles([], { published: '2017-02-30' }));
    expect(error.file).toBe('--published');
    expect(error.exitCode).toBe(2);
  });
});
