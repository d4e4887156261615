// What flowline remembers about the news feeds it follows (src/feeds): per feed, the validators
// for a conditional GET (ETag, Last-Modified), so an unchanged feed costs one 304; per item, that
// it was seen and what became of it, so a second run fetches and stores nothing new.
import { integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';

export const feeds = sqliteTable('feeds', {
  url: text('url').primaryKey(),
  /** The configured name, else the feed's own title: the source name of its documents. */
  name: text('name'),
  etag: text('etag'),
  lastModified: text('last_modified'),
  checkedAt: text('checked_at'),
  /** The last poll's outcome for people: "200: 3 new items", "304", or what went wrong. */
  lastResult: text('last_result'),
});

/**
 * One row per item seen. `state`: queued (sent to the Worker's queue), stored (a document holds
 * it; documentId), refused (will fail the same way again: 404, not an article, a future date),
 * retry (failed for now: a timeout, a 5xx; the next run tries it again).
 */
export const feedItems = sqliteTable(
  'feed_items',
  {
    feedUrl: text('feed_url').notNull(),
    key: text('key').notNull(),
    link: text('link').notNull(),
    published: text('published'),
    state: text('state').$type<'queued' | 'stored' | 'refused' | 'retry'>().notNull(),
    documentId: integer('document_id'),
    problem: text('problem'),
    seenAt: text('seen_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.feedUrl, t.key] })],
);
