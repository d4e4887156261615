// Polling one feed: a conditional GET with the validators of the last run, then the items the
// database has not seen. The validators are handed back, not saved: the caller saves them once
// the new items are stored (CLI) or queued (Worker), so a run that dies half-way polls again.
import type { Orm } from '../db/orm';
import { carefulFetch } from './fetch';
import type { FetchDeps } from './item';
import { NotAFeed, parseFeed, type FeedItem } from './parse';
import { loadFeed, unseenItems, type FeedRow } from './state';
import { declaredCharset, decodeLegacy } from './page';

export interface FeedConfig {
  url: string;
  /** Overrides the feed's own title as the source name of its documents. */
  name: string | null;
}

export type PollResult =
  | { status: 304; row: FeedRow }
  | { status: 200; row: FeedRow; source: string | null; fresh: FeedItem[]; items: number; problems: string[] };

/**
 * `retries`: whether items whose last attempt failed for now count as new (the CLI retries them
 * itself; on the edge the queue already does).
 */
export async function pollFeed(db: Orm, feed: FeedConfig, deps: FetchDeps, retries = true, now: Date = new Date()): Promise<PollResult> {
  const before = await loadFeed(db, feed.url);
  const fetched = await carefulFetch(
    feed.url,
    { ...deps.policy, maxBytes: deps.maxFeedBytes },
    deps.transport,
    { etag: before?.etag, lastModified: before?.lastModified },
    'application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.1',
  );
  const base: FeedRow = before ?? { url: feed.url, name: feed.name, etag: null, lastModified: null, checkedAt: null, lastResult: null };
  if (fetched.status === 304) return { status: 304, row: { ...base, checkedAt: now.toISOString(), lastResult: '304 not modified' } };

  const parsed = parseFeed(feedText(fetched.bytes!, fetched.headers.get('content-type')), fetched.url);
  const fresh = await unseenItems(db, feed.url, parsed.items, retries);
  const source = feed.name ?? parsed.title;
  return {
    status: 200,
    row: {
      ...base,
      name: source,
      etag: fetched.headers.get('etag'),
      lastModified: fetched.headers.get('last-modified'),
      checkedAt: now.toISOString(),
      lastResult: `200: ${parsed.items.length} items, ${fresh.length} new`,
    },
    source,
    fresh,
    items: parsed.items.length,
    problems: parsed.problems,
  };
}

/** The feed's bytes as text in the encoding it declares (UTF-8 by default); never guessed. */
function feedText(bytes: Uint8Array, contentType: string | null): string {
  if (bytes.length === 0) throw new NotAFeed('is empty (0 bytes); the server sent no feed, try again later');
  const charset = declaredCharset(contentType, bytes) ?? 'utf-8';
  try {
    return decodeLegacy(bytes, charset, true);
  } catch (error) {
    if (error instanceof RangeError) throw new NotAFeed(`declares the encoding "${charset}", which flowline cannot decode`);
    throw new NotAFeed(`is not valid ${charset} text (it declares ${charset}); the feed is broken at the source`);
  }
}
