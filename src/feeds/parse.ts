// RSS 2.0 and Atom feeds → the feed's title and its items. Pure (no DOM, no node: imports), so
// the Worker's cron runs the same code as the CLI. Feeds are small, regular XML: a tolerant
// scanner over <item>/<entry> elements is enough, and a broken item (no link) is reported and
// skipped instead of failing the feed.
import { decodeEntities } from '../input/entities';
import { itemDate } from './item-date';

export interface FeedItem {
  /** What identifies the item across polls: its guid/id, else its link. */
  key: string;
  link: string;
  title: string | null;
  /** YYYY-MM-DD as the publisher wrote it, or null when the item has no usable date. */
  published: string | null;
}

export interface ParsedFeed {
  format: 'rss' | 'atom';
  title: string | null;
  items: FeedItem[];
  /** Items that could not be used, each with why (the others are kept). */
  problems: string[];
}

/** Thrown when the bytes are not an RSS or Atom feed at all; the message says what they are. */
export class NotAFeed extends Error {
  override name = 'NotAFeed';
}

export function parseFeed(xml: string, base: string): ParsedFeed {
  const text = xml.replace(/<!--[\s\S]*?-->/g, '');
  const atom = /<feed[\s>]/i.test(text) && !/<(?:rss|rdf:RDF)[\s>]/i.test(text);
  const rss = /<(?:rss|rdf:RDF)[\s>]/i.test(text) && /<channel[\s>]/i.test(text);
  if (!atom && !rss) {
    const what = /<html[\s>]/i.test(text) ? 'an HTML page' : /^\s*[[{]/.test(text) ? 'JSON' : 'neither RSS 2.0 nor Atom';
    throw new NotAFeed(`is ${what}, not a feed; give the address of the site's RSS or Atom feed`);
  }
  if (atom && !/<\/feed\s*>\s*$/i.test(text)) throw new NotAFeed('is a cut-off Atom feed (no closing </feed>); the server sent part of it, try again later');
  if (rss && !atom && !/<\/(?:rss|rdf:RDF)\s*>\s*$/i.test(text)) throw new NotAFeed('is a cut-off RSS feed (no closing </rss>); the server sent part of it, try again later');

  const format = atom ? 'atom' : 'rss';
  const element = atom ? 'entry' : 'item';
  const items: FeedItem[] = [];
  const problems: string[] = [];
  const head = text.split(new RegExp(`<${element}[\\s>]`, 'i'))[0] ?? '';
  const title = childText(head, 'title');
  const seen = new Set<string>();
  const re = new RegExp(`<${element}[\\s>]([\\s\\S]*?)<\\/${element}\\s*>`, 'gi');
  let index = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    index += 1;
    const body = m[1]!;
    const itemTitle = childText(body, 'title');
    const name = itemTitle ? `item ${index} ("${itemTitle.slice(0, 60)}")` : `item ${index}`;
    const rawLink = atom ? atomLink(body) : childText(body, 'link');
    if (!rawLink) {
      problems.push(`${name} has no link to an article; skipped`);
      continue;
    }
    let link: string;
    try {
      link = new URL(rawLink, base).href;
    } catch {
      problems.push(`${name} links to "${rawLink.slice(0, 80)}", which is not a URL; skipped`);
      continue;
    }
    const date = itemDate(atom ? childText(body, 'published') ?? childText(body, 'updated') : childText(body, 'pubDate') ?? childText(body, 'dc:date'));
    if (!date.ok) {
      problems.push(`${name}: ${date.message}; skipped`);
      continue;
    }
    const key = (atom ? childText(body, 'id') : childText(body, 'guid')) ?? link;
    if (seen.has(key)) continue;
    seen.add(key);
    items.push({ key, link, title: itemTitle, published: date.published });
  }
  return { format, title, items, problems };
}

/** The text of the first <name> child: CDATA kept as written, entities decoded, space trimmed. */
function childText(xml: string, name: string): string | null {
  const m = new RegExp(`<${name}(?:\\s[^>]*)?>([\\s\\S]*?)<\\/${name}\\s*>`, 'i').exec(xml);
  if (!m) return null;
  const inner = m[1]!.replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, (_w, cdata: string) => cdata.replace(/&/g, '&amp;').replace(/</g, '&lt;'));
  const value = decodeEntities(inner.replace(/<[^>]*>/g, '')).replace(/\s+/g, ' ').trim();
  return value === '' ? null : value;
}

/** Atom's article link: rel="alternate" (or no rel) wins over self, edit, enclosure. */
function atomLink(entry: string): string | null {
  let fallback: string | null = null;
  for (const m of entry.matchAll(/<link\b([^>]*)\/?>/gi)) {
    const attrs = m[1]!;
    const href = /\bhref\s*=\s*("([^"]*)"|'([^']*)')/i.exec(attrs);
    const value = href ? decodeEntities(href[2] ?? href[3] ?? '').trim() : '';
    if (!value) continue;
    const rel = /\brel\s*=\s*["']([^"']*)["']/i.exec(attrs)?.[1] ?? 'alternate';
    if (rel === 'alternate') return value;
    fallback ??= rel === 'self' || rel === 'edit' ? null : value;
  }
  return fallback;
}
