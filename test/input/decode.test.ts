import { describe, expect, it } from 'vitest';
import { decodeArticle } from '../../src/input/decode';
import { firstInvalidUtf8 } from '../../src/input/utf8';

const enc = new TextEncoder();
const bytes = (...parts: Array<string | number[]>) =>
  Uint8Array.from(parts.flatMap((p) => (typeof p === 'string' ? [...enc.encode(p)] : p)));

function refused(read: ReturnType<typeof decodeArticle>): string {
  if (read.ok) throw new Error(`expected a refusal, got text ${JSON.stringify(read.text.slice(0, 80))}`);
  return read.problem.message;
}

describe('decodeArticle', () => {
  it('keeps plain UTF-8 text exactly, including non-ASCII', () => {
    const text = 'Exports via Ceyhan reached 300,000 bpd — up from 250,000 — in Erbil’s figures.\n';
    const read = decodeArticle(enc.encode(text), 'a.txt');
    expect(read).toEqual({ ok: true, text, format: 'text', notes: [] });
  });

  it('keeps a BOM and CRLF so offsets match readFileSync(path, "utf8")', () => {
    const raw = bytes([0xef, 0xbb, 0xbf], 'Line one 1.2 million bpd.\r\nLine two.\r\n');
    const read = decodeArticle(raw, 'win.txt');
    if (!read.ok) throw new Error(read.problem.message);
    expect(read.text).toBe(Buffer.from(raw).toString('utf8'));
    expect(read.text.charCodeAt(0)).toBe(0xfeff);
    expect(read.text.indexOf('1.2 million')).toBe(Buffer.from(raw).toString('utf8').indexOf('1.2 million'));
    expect(read.notes.join(' ')).toMatch(/byte-order mark/);
    expect(read.notes.join(' ')).toMatch(/CRLF/);
  });

  it('refuses an empty file and a whitespace-only file, naming the file', () => {
    const empty = decodeArticle(new Uint8Array(0), 'empty.txt');
    expect(empty.ok).toBe(false);
    if (!empty.ok) expect(empty.problem.file).toBe('empty.txt');
    expect(refused(empty)).toMatch(/empty/);
    expect(refused(decodeArticle(enc.encode(' \n\t\r\n\u00a0 '), 'blank.txt'))).toMatch(/only whitespace/);
    expect(refused(decodeArticle(bytes([0xef, 0xbb, 0xbf], '\n'), 'bom-only.txt'))).toMatch(/only whitespace/);
  });

  it('refuses invalid UTF-8 with the byte offset, line and a conversion hint', () => {
    // "café" in Latin-1: 0xE9 followed by a space is not UTF-8.
    const raw = bytes('first line\nprices at the caf', [0xe9], ' rose');
    const message = refused(decodeArticle(raw, 'latin1.txt'));
    expect(message).toContain('byte 0xE9 at byte offset 28');
    expect(message).toContain('line 2, column 18');
    expect(message).toMatch(/iconv/);
  });

  it('names the charset an HTML file declares when its bytes are not UTF-8', () => {
    const raw = bytes('<html><head><meta charset="windows-1256"></head><body><p>', [0xc7, 0xe4], '</p></body></html>');
    expect(refused(decodeArticle(raw, 'page.html'))).toMatch(/declares charset WINDOWS-1256/);
  });

  it('refuses binary files: NUL bytes, known formats, UTF-16, control-character soup', () => {
    expect(refused(decodeArticle(bytes('abc', [0], 'def'), 'nul.bin'))).toMatch(/NUL byte at byte offset 3/);
    expect(refused(decodeArticle(bytes('%PDF-1.7\n...'), 'a.pdf'))).toMatch(/PDF/);
    expect(refused(decodeArticle(bytes([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), 'a.docx'))).toMatch(/ZIP/);
    expect(refused(decodeArticle(bytes([0x1f, 0x8b, 8, 0]), 'a.gz'))).toMatch(/gzip/);
    const utf16 = Buffer.from('\ufeffOil flows were steady at 300,000 bpd.', 'utf16le');
    expect(refused(decodeArticle(utf16, 'utf16.txt'))).toMatch(/UTF-16/);
    const utf16NoBom = Buffer.from('Oil flows were steady at 300,000 bpd.', 'utf16le');
    expect(refused(decodeArticle(utf16NoBom, 'utf16-nobom.txt'))).toMatch(/UTF-16/);
    const soup = Uint8Array.from({ length: 2000 }, (_, i) => (i % 3 === 0 ? 0x01 + (i % 7) : 0x41 + (i % 26)));
    expect(refused(decodeArticle(soup, 'soup.bin'))).toMatch(/control characters/);
  });

  it('accepts a text with a stray control character or two', () => {
    const text = `${'Flows held at 500,000 bpd. '.repeat(40)}\u001a`;
    expect(decodeArticle(enc.encode(text), 'dos-eof.txt').ok).toBe(true);
  });

  it('enforces the size limit with a clear message, and accepts a 20 MB article by default', () => {
    const small = enc.encode('x'.repeat(2048));
    expect(refused(decodeArticle(small, 'big.txt', { maxBytes: 1024 }))).toMatch(/is 2 KB, over the 1 KB limit/);
    const line = 'Kirkuk fields pumped 250,000 barrels per day on Tuesday, officials said.\n';
    const big = enc.encode(line.repeat(Math.ceil((20 * 1024 * 1024) / line.length)));
    expect(big.length).toBeGreaterThanOrEqual(20 * 1024 * 1024);
    const read = decodeArticle(big, 'twenty.txt');
    expect(read.ok).toBe(true);
    if (read.ok) expect(read.text.length).toBe(big.length);
  });

  it('turns HTML into text: scripts and styles gone, blocks on their own lines, entities decoded', () => {
    const html = `<!DOCTYPE html><html><head><title>T</title><style>p{color:red}</style>
      <script>document.write("evil 999,999 bpd")</script></head>
      <body><h1>Kurdish exports&nbsp;fall</h1><p>Flows fell to 300,000&nbsp;bpd on&nbsp;Tuesday,
      down from <b>600,000</b> bpd.</p><!-- 123,456 bpd in a comment --><p>Brent was &#36;58 &amp; rising&#8230;
      AT&T said &lt;nothing&gt;.</p><ul><li>one</li><li>two</li></ul></body></html>`;
    const read = decodeArticle(enc.encode(html), 'page.html');
    if (!read.ok) throw new Error(read.problem.message);
    expect(read.format).toBe('html');
    expect(read.text).not.toMatch(/evil|color|123,456|<b>|<p>/);
    expect(read.text).toContain('Kurdish exports\u00a0fall\n\nFlows fell to 300,000\u00a0bpd on\u00a0Tuesday, down from 600,000 bpd.');
    expect(read.text).toContain('Brent was $58 & rising… AT&T said <nothing>.');
    expect(read.text).toMatch(/\n\none\n\ntwo$/);
    expect(read.notes.join(' ')).toMatch(/read as HTML/);
  });

  it('treats an HTML fragment of paragraphs as HTML', () => {
    const read = decodeArticle(enc.encode('<p>First 10,000 bpd.</p>\n<p>Second <em>20,000</em> bpd.</p>'), 'frag.html');
    expect(read.ok && read.format).toBe('html');
    expect(read.ok && read.text).toBe('First 10,000 bpd.\n\nSecond 20,000 bpd.');
  });

  it('leaves plain text that merely quotes a tag or two as text', () => {
    const text = 'A page showed <script>alert(1)</script> and <img src=x onerror=alert(2)> to readers; flows were 5 bpd.';
    const read = decodeArticle(enc.encode(text), 'quote.txt');
    expect(read).toMatchObject({ ok: true, format: 'text', text });
  });

  it('refuses an HTML page with nothing visible', () => {
    expect(refused(decodeArticle(enc.encode('<html><head><script>x()</script></head><body></body></html>'), 'blank.html'))).toMatch(
      /no visible text/,
    );
  });
});

describe('firstInvalidUtf8 agrees with TextDecoder', () => {
  const strict = new TextDecoder('utf-8', { fatal: true });
  const cases: Array<[string, number[], number]> = [
    ['valid 4-byte', [0x41, 0xf0, 0x9f, 0x9b, 0xa2], -1],
    ['overlong slash', [0x41, 0xc0, 0xaf], 1],
    ['surrogate', [0x41, 0x42, 0xed, 0xa0, 0x80], 2],
    ['above U+10FFFF', [0xf4, 0x90, 0x80, 0x80], 0],
    ['truncated at end', [0x41, 0xe2, 0x82], 1],
    ['lone continuation', [0x80], 0],
  ];
  it.each(cases)('%s', (_name, raw, offset) => {
    const u8 = Uint8Array.from(raw);
    expect(firstInvalidUtf8(u8)).toBe(offset);
    let valid = true;
    try {
      strict.decode(u8);
    } catch {
      valid = false;
    }
    expect(valid).toBe(offset === -1);
  });
});
