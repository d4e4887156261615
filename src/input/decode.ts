// Bytes → article text, refusing what is not a text article and saying why. Pure (no node:
// imports): the CLIs use it through readArticle, and the API and the Worker for request bodies.
//
// The text is kept exactly as decoded — a byte-order mark stays as U+FEFF and CRLF stays CRLF —
// because figure offsets must reproduce the file the way other tools read it
// (readFileSync(path, 'utf8') keeps both). The extractor treats \r and \uFEFF as whitespace.
// HTML is the one exception: its markup is not the article, so it is converted to text and the
// offsets then refer to that text (a note says so).
import { htmlToText, looksLikeHtml } from './html';
import { formatBytes, type InputProblem } from './problem';
import { firstInvalidUtf8, lineAndColumn } from './utf8';

export type ArticleRead =
  | { ok: true; text: string; format: 'text' | 'html'; notes: string[] }
  | { ok: false; problem: InputProblem };

export interface DecodeOptions {
  /** Largest article accepted, in bytes (default 25 MB: a 20 MB article must go in). */
  maxBytes?: number;
}

export const DEFAULT_MAX_ARTICLE_BYTES = 25 * 1024 * 1024;

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

export function decodeArticle(bytes: Uint8Array, displayName: string, options: DecodeOptions = {}): ArticleRead {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_ARTICLE_BYTES;
  const refuse = (message: string): ArticleRead => ({ ok: false, problem: { file: displayName, message } });

  if (bytes.length > maxBytes) {
    return refuse(
      `is ${formatBytes(bytes.length)}, over the ${formatBytes(maxBytes)} limit for one article; ` +
        'split it into separate articles (one story per file)',
    );
  }
  if (bytes.length === 0) return refuse('is empty (0 bytes); put the article text in it, or leave it out of the batch');

  const sniffed = sniffNonText(bytes);
  if (sniffed !== null) return refuse(sniffed);

  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return refuse(invalidUtf8Message(bytes));
  }

  if (!/\S/.test(text)) {
    return refuse(`contains only whitespace (${formatBytes(bytes.length)}); put the article text in it, or leave it out of the batch`);
  }
  const controls = countControls(text);
  if (controls.count >= 8 && controls.count > text.length * 0.005) {
    return refuse(
      `contains ${controls.count} control characters (the first at character ${controls.first}), so it looks ` +
        'like a binary file rather than text; give the plain-text article instead',
    );
  }

  const notes: string[] = [];
  if (text.charCodeAt(0) === 0xfeff) notes.push('starts with a UTF-8 byte-order mark, kept as U+FEFF so offsets match the file');
  if (text.includes('\r\n')) notes.push('has Windows line endings (CRLF), kept as they are so offsets match the file');

  if (looksLikeHtml(text)) {
    const html = htmlToText(text);
    if (!/\S/.test(html.text)) return refuse('is an HTML page with no visible text; save the article text itself');
    notes.push(
      `read as HTML: ${html.tags} tags removed` +
        (html.dropped > 0 ? `, ${html.dropped} script/style/head elements dropped` : '') +
        '; offsets refer to the extracted text, not to the file',
    );
    return { ok: true, text: html.text, format: 'html', notes };
  }
  return { ok: true, text, format: 'text', notes };
}

const SIGNATURES: Array<[number[], string]> = [
  [[0x25, 0x50, 0x44, 0x46], 'a PDF document'],
  [[0x50, 0x4b, 0x03, 0x04], 'a ZIP archive (or a .docx/.xlsx/.epub, which are ZIP files)'],
  [[0x1f, 0x8b], 'a gzip-compressed file'],
  [[0x42, 0x5a, 0x68], 'a bzip2-compressed file'],
  [[0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00], 'an xz-compressed file'],
  [[0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], 'a 7-Zip archive'],
  [[0x89, 0x50, 0x4e, 0x47], 'a PNG image'],
  [[0xff, 0xd8, 0xff], 'a JPEG image'],
  [[0x47, 0x49, 0x46, 0x38], 'a GIF image'],
  [[0xd0, 0xcf, 0x11, 0xe0], 'an old Microsoft Office document (.doc/.xls)'],
  [[0x7b, 0x5c, 0x72, 0x74, 0x66], 'an RTF document'],
  [[0x7f, 0x45, 0x4c, 0x46], 'an executable (ELF)'],
  [[0x53, 0x51, 0x4c, 0x69, 0x74, 0x65, 0x20, 0x66], 'an SQLite database'],
];

/** A message when the bytes are recognisably not UTF-8 text (a known file type, UTF-16, NULs). */
function sniffNonText(bytes: Uint8Array): string | null {
  for (const [magic, what] of SIGNATURES) {
    if (magic.every((b, i) => bytes[i] === b)) {
      return `is ${what}, not a text article; save the article as plain UTF-8 text (.txt) or HTML`;
    }
  }
  const b0 = bytes[0];
  const b1 = bytes[1];
  if ((b0 === 0xff && b1 === 0xfe) || (b0 === 0xfe && b1 === 0xff) || looksLikeUtf16(bytes)) {
    return 'is encoded as UTF-16, not UTF-8; convert it, e.g. `iconv -f UTF-16 -t UTF-8 IN > OUT`';
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    return `contains a NUL byte at byte offset ${nul}, so it is a binary file, not text; give the plain-text article instead`;
  }
  return null;
}

/** UTF-16 without a byte-order mark: ASCII text with a zero byte in every other position. */
function looksLikeUtf16(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 1024) & ~1;
  if (n < 8) return false;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros += 1;
    if (bytes[i + 1] === 0) oddZeros += 1;
  }
  const pairs = n / 2;
  return Math.max(evenZeros, oddZeros) > pairs * 0.6 && Math.min(evenZeros, oddZeros) < pairs * 0.1;
}

function invalidUtf8Message(bytes: Uint8Array): string {
  const offset = Math.max(0, firstInvalidUtf8(bytes));
  const { line, column } = lineAndColumn(bytes, offset);
  const value = (bytes[offset] ?? 0).toString(16).toUpperCase().padStart(2, '0');
  const declared = declaredCharset(bytes);
  const from = declared ?? 'WINDOWS-1252';
  return (
    `is not valid UTF-8: byte 0x${value} at byte offset ${offset} (line ${line}, column ${column}) ` +
    `cannot start or continue a UTF-8 character. ` +
    (declared ? `The file declares charset ${declared}. ` : 'It is probably Latin-1/Windows-1252 text. ') +
    `Convert it to UTF-8, e.g. \`iconv -f ${from} -t UTF-8 IN > OUT\``
  );
}

/** The charset an HTML or XML file names for itself, if any (read as ASCII from its first 4 KB). */
function declaredCharset(bytes: Uint8Array): string | null {
  const head = String.fromCharCode(...bytes.subarray(0, 4096));
  const m = /(?:charset|encoding)\s*=\s*["']?([A-Za-z0-9_.:-]+)/i.exec(head);
  const name = m?.[1]?.toUpperCase();
  return name && name !== 'UTF-8' && name !== 'UTF8' ? name : null;
}

function countControls(text: string): { count: number; first: number } {
  // Tab, LF, VT, FF and CR are whitespace in articles; the other C0 controls and DEL are not text.
  const re = /[\x01-\x08\x0e-\x1f\x7f]/g;
  let count = 0;
  let first = -1;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (first < 0) first = m.index;
    count += 1;
  }
  return { count, first };
}
