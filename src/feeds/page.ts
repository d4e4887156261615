// A fetched page → article text, through the same checks as a file (src/input/decode.ts: binary
// and control characters refused, HTML turned into text, size limit). The one thing a web page
// adds is its declared encoding: pages in windows-1252 or ISO-8859-1 are common, and a file's
// strict UTF-8 rule would refuse them, so a declared non-UTF-8 charset is decoded first.
import { decodeArticle, type ArticleRead } from '../input/decode';
import { CP1252 } from '../input/entities';

// Every label WHATWG decodes as windows-1252 (pages saying "iso-8859-1" mean it too).
const WINDOWS_1252 = new Set(['ansi_x3.4-1968', 'ascii', 'cp1252', 'cp819', 'csisolatin1', 'ibm819', 'iso-8859-1', 'iso-ir-100', 'iso8859-1', 'iso88591', 'iso_8859-1', 'iso_8859-1:1987', 'l1', 'latin1', 'us-ascii', 'windows-1252', 'x-cp1252']);

/**
 * Decodes a legacy charset. windows-1252 is done here because Node 20's TextDecoder reads it as
 * ISO-8859-1 (0x92 becomes a control character instead of ’), and Workers may lack it entirely.
 */
export function decodeLegacy(bytes: Uint8Array, charset: string, fatal = false): string {
  if (!WINDOWS_1252.has(charset)) return new TextDecoder(charset, { fatal, ignoreBOM: false }).decode(bytes);
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const part = Array.from(bytes.subarray(i, i + 8192), (b) => CP1252[b] ?? b);
    out += String.fromCharCode(...part);
  }
  return out;
}

/** `charset` of a Content-Type header, else of the page's <meta> or XML prolog (first 2 KB), lower case. */
export function declaredCharset(contentType: string | null, bytes: Uint8Array): string | null {
  const fromHeader = /;\s*charset\s*=\s*"?([\w.:-]+)/i.exec(contentType ?? '')?.[1];
  if (fromHeader) return fromHeader.toLowerCase();
  const head = String.fromCharCode(...bytes.subarray(0, 2048));
  const declared = /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head) ?? /<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)/i.exec(head);
  return declared?.[1]?.toLowerCase() ?? null;
}

export function pageToArticle(bytes: Uint8Array, contentType: string | null, name: string, maxBytes: number): ArticleRead {
  const type = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  if (type && !/^(?:text\/|application\/(?:xhtml\+xml|xml)$)/.test(type)) {
    return { ok: false, problem: { file: name, message: `is ${type}, not a web page or text; only HTML and plain-text articles are read` } };
  }
  const charset = declaredCharset(contentType, bytes);
  if (charset && charset !== 'utf-8' && charset !== 'utf8') {
    let text: string;
    try {
      text = decodeLegacy(bytes, charset);
    } catch {
      return { ok: false, problem: { file: name, message: `declares charset "${charset}", which flowline cannot decode; it reads UTF-8 and the common legacy encodings` } };
    }
    const read = decodeArticle(new TextEncoder().encode(text), name, { maxBytes });
    return read.ok ? { ...read, notes: [`decoded from ${charset}`, ...read.notes] } : read;
  }
  return decodeArticle(bytes, name, { maxBytes });
}
