// A fetched page → article text: the same checks as files, plus the charset the page declares.
import { describe, expect, it } from 'vitest';
import { declaredCharset, pageToArticle } from '../../src/feeds/page';

const bytes = (s: string) => new TextEncoder().encode(s);
const MAX = 1024 * 1024;

describe('pageToArticle', () => {
  it('turns an HTML page into its visible text', () => {
    const read = pageToArticle(bytes('<html><head><title>T</title><script>x()</script></head><body><p>Flows rose to 90,000 bpd.</p></body></html>'), 'text/html; charset=utf-8', 'page', MAX);
    expect(read).toMatchObject({ ok: true, format: 'html', text: 'Flows rose to 90,000 bpd.' });
  });

  it('refuses what is not a page or text, by its type and by its bytes', () => {
    expect(pageToArticle(bytes('GIF89a'), 'image/gif', 'https://news.example/a.gif', MAX)).toEqual({
      ok: false,
      problem: { file: 'https://news.example/a.gif', message: 'is image/gif, not a web page or text; only HTML and plain-text articles are read' },
    });
    const pdf = pageToArticle(bytes('%PDF-1.4 ...'), 'text/html', 'p', MAX);
    expect(pdf.ok).toBe(false);
    expect(!pdf.ok && pdf.problem.message).toMatch(/is a PDF document/);
  });

  it('decodes the charset a page declares in its header or its <meta>, windows-1252 as browsers do', () => {
    const page = Uint8Array.from([...bytes('<html><head><meta charset="windows-1252"></head><body><p>the minister'), 0x92, ...bytes('s figure: 5% </p></body></html>')]);
    expect(declaredCharset(null, page)).toBe('windows-1252');
    expect(pageToArticle(page, 'text/html', 'p', MAX)).toMatchObject({ ok: true, text: 'the minister\u2019s figure: 5%', notes: ['decoded from windows-1252', expect.any(String)] });
    // A header wins over the page's own claim.
    expect(declaredCharset('text/html; charset=ISO-8859-1', page)).toBe('iso-8859-1');
  });

  it('says so when the declared charset is unknown, and applies the size limit', () => {
    const read = pageToArticle(bytes('<p>text</p>'), 'text/html; charset=x-klingon', 'p', MAX);
    expect(!read.ok && read.problem.message).toMatch(/declares charset "x-klingon", which flowline cannot decode/);
    const big = pageToArticle(bytes('a'.repeat(2048)), 'text/plain', 'p', 1024);
    expect(!big.ok && big.problem.message).toMatch(/over the 1 KB limit/);
  });
});
