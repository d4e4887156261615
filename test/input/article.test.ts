import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { maxArticleBytes, readArticle } from '../../src/input/article';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'flowline-article-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('readArticle', () => {
  it('reads text exactly as readFileSync(path, "utf8") does', () => {
    const path = join(dir, 'crlf.txt');
    writeFileSync(path, '\ufeffExports hit 550 kb/d.\r\nPrices rose.\r\n');
    const read = readArticle(path);
    expect(read.ok && read.text).toBe(readFileSync(path, 'utf8'));
  });

  it('names the file as the caller displays it', () => {
    const read = readArticle(join(dir, 'nothing-here.txt'), 'articles/nothing-here.txt');
    expect(read).toMatchObject({ ok: false, problem: { file: 'articles/nothing-here.txt' } });
    expect(!read.ok && read.problem.message).toMatch(/not found \(looked for .*nothing-here\.txt\)/);
  });

  it('refuses a directory', () => {
    mkdirSync(join(dir, 'folder'));
    const read = readArticle(join(dir, 'folder'));
    expect(!read.ok && read.problem.message).toMatch(/is a directory/);
  });

  it('refuses an oversized file from its size, before reading it', () => {
    const path = join(dir, 'big.txt');
    writeFileSync(path, 'y'.repeat(3 * 1024 * 1024));
    const read = readArticle(path, 'big.txt', { maxBytes: 1024 * 1024 });
    expect(!read.ok && read.problem.message).toMatch(/is 3 MB, over the 1 MB limit for one article; split it/);
  });

  it('takes the limit from FLOWLINE_MAX_ARTICLE_MB when set', () => {
    expect(maxArticleBytes({})).toBe(25 * 1024 * 1024);
    expect(maxArticleBytes({ FLOWLINE_MAX_ARTICLE_MB: '2' })).toBe(2 * 1024 * 1024);
    expect(maxArticleBytes({ FLOWLINE_MAX_ARTICLE_MB: 'lots' })).toBe(25 * 1024 * 1024);
  });

  it('reads the seed articles in data/', () => {
    for (const name of ['000_ef8b8468e26c1db0.txt', '001_cef581ca98d7b430.txt', '002_0443f7cb0edfa764.txt']) {
      const read = readArticle(join('data/articles', name));
      expect(read).toMatchObject({ ok: true, format: 'text' });
    }
  });
});
