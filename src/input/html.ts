// Articles saved from a browser arrive as HTML. The extractor wants the words a reader sees, so
// markup is turned into plain text: scripts, styles and the <head> go, block elements become line
// breaks, character references are decoded. A tag-soup approach (regular expressions, no DOM) is
// enough for that and runs the same in Node, Workers and the browser.
import { decodeEntities } from './entities';

const KNOWN_TAG =
  /<\/?(?:p|div|br|hr|span|a|b|i|u|em|strong|small|sup|sub|h[1-6]|ul|ol|li|dl|dt|dd|table|thead|tbody|tr|td|th|article|section|header|footer|nav|main|aside|figure|figcaption|blockquote|pre|img|meta|link|script|style|title|head|body|html|time|font|center)\b[^<>]*>/gi;
const CLOSING_BLOCK = /<\/(?:p|div|li|h[1-6]|td|tr|table|ul|ol|article|section|blockquote|span|a|strong|em|b|i|font)\s*>/gi;
const DOCUMENT_START = /^[\s\uFEFF]*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*(?:<!doctype\s+html|<html[\s>])/i;

/**
 * True for a saved web page or an HTML fragment; false for plain text that merely mentions a tag
 * or two (an article quoting `<script>` must stay text, so one or two tags are not enough).
 */
export function looksLikeHtml(text: string): boolean {
  const head = text.length > 65536 ? text.slice(0, 65536) : text;
  if (DOCUMENT_START.test(head)) return true;
  const known = head.match(KNOWN_TAG)?.length ?? 0;
  const closing = head.match(CLOSING_BLOCK)?.length ?? 0;
  return (known >= 4 && closing >= 2) || known >= 20;
}

// Private-use characters mark structure while whitespace is collapsed, then become newlines.
const PARAGRAPH = '\ue000';
const LINE = '\ue001';
const CELL = '\ue002';

const DROPPED_ELEMENT = /<(script|style|noscript|template|svg|math|iframe|object|head|select|button)\b[^>]*>[\s\S]*?(?:<\/\1\s*>|$)/gi;
const COMMENT = /<!--[\s\S]*?(?:-->|$)|<!\[CDATA\[[\s\S]*?(?:\]\]>|$)|<![^>]*>|<\?[^>]*>/g;
const PRE = /<pre\b[^>]*>([\s\S]*?)<\/pre\s*>/gi;
const TAG = /<\/?([A-Za-z][A-Za-z0-9:-]*)(?:[^>"']|"[^"]*"|'[^']*')*>/g;
const BLOCK =
  /^(?:p|div|h[1-6]|ul|ol|li|dl|dt|dd|table|thead|tbody|tfoot|tr|article|section|header|footer|nav|main|aside|figure|figcaption|blockquote|pre|address|hr|form|fieldset|caption|body|html|title)$/i;

export interface StrippedHtml {
  text: string;
  /** How many elements with invisible content (scripts, styles, the head…) were dropped. */
  dropped: number;
  tags: number;
}

/** The visible text of an HTML document or fragment, with paragraphs separated by blank lines. */
export function htmlToText(html: string): StrippedHtml {
  let dropped = 0;
  let tags = 0;
  let s = html.replace(COMMENT, '').replace(DROPPED_ELEMENT, () => {
    dropped += 1;
    return PARAGRAPH;
  });
  // Inside <pre> the line breaks are content; protect them before whitespace is collapsed.
  s = s.replace(PRE, (_whole, inner: string) => PARAGRAPH + inner.replace(/\r?\n/g, LINE) + PARAGRAPH);
  s = s.replace(TAG, (_whole, name: string) => {
    tags += 1;
    const lower = name.toLowerCase();
    if (lower === 'br') return LINE;
    if (lower === 'td' || lower === 'th') return CELL;
    return BLOCK.test(lower) ? PARAGRAPH : '';
  });
  // A '<' that starts no tag (a stray "a < b") is text; whitespace collapses as a browser would.
  s = s.replace(/[ \t\n\r\f]+/g, ' ');
  s = decodeEntities(s);
  s = s
    .replace(new RegExp(`[ ]*${CELL}[ ]*`, 'g'), '\t')
    .replace(new RegExp(`[ \\t]*${LINE}[ \\t]*`, 'g'), '\n')
    .replace(new RegExp(`[ \\t]*${PARAGRAPH}[ \\t]*`, 'g'), '\n\n')
    .replace(/[ \t]*\n[ \t]*/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .replace(/^\s+|\s+$/g, '');
  return { text: s, dropped, tags };
}
