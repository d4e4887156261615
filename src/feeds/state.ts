// Feed state in the database (src/db/schema-feeds.ts): validators per feed, and which items were
// seen. Plain drizzle builders, so the same code runs on libSQL (file, sqld) and D1.
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Orm } from '../db/orm';
import { feedItems, feeds } from '../db/schema';
import type { FeedItem } from './parse';

export type FeedRow = typeof feeds.$inferSelect;
export type ItemState = (typeof feedItems.$inferSelect)['state'];

// D1 binds at most 100 parameters per statement.
const KEYS_PER_QUERY = 90;
const ITEM_ROWS_PER_INSERT = 12;

export async function loadFeed(db: Orm, url: string): Promise<FeedRow | null> {
  const [row] = await db.select().from(feeds).where(eq(feeds.url, url)).limit(1);
  return row ?? null;
}

export async function saveFeed(db: Orm, row: FeedRow): Promise<void> {
  const { url: _url, ...rest } = row;
  await db.insert(feeds).values(row).onConflictDoUpdate({ target: feeds.url, set: rest });
}

/** The items not seen before, and (with `retries`) those whose last attempt failed for now. */
export async function unseenItems(db: Orm, feedUrl: string, items: readonly FeedItem[], retries = true): Promise<FeedItem[]> {
  const settled = new Set<string>();
  for (let i = 0; i < items.length; i += KEYS_PER_QUERY) {
    const keys = items.slice(i, i + KEYS_PER_QUERY).map((item) => item.key);
    const rows = await db
      .select({ key: feedItems.key, state: feedItems.state })
      .from(feedItems)
      .where(and(eq(feedItems.feedUrl, feedUrl), inArray(feedItems.key, keys)));
    for (const row of rows) if (!retries || row.state !== 'retry') settled.add(row.key);
  }
  return items.filter((item) => !settled.has(item.key));
}

/** Items of a feed whose last attempt failed for now: retried even when the feed is unchanged. */
export async function retryItems(db: Orm, feedUrl: string): Promise<FeedItem[]> {
  const rows = await db
    .select({ key: feedItems.key, link: feedItems.link, published: feedItems.published })
    .from(feedItems)
    .where(and(eq(feedItems.feedUrl, feedUrl), eq(feedItems.state, 'retry')));
  return rows.map((r) => ({ ...r, title: null }));
}

export interface ItemRecord {
  feedUrl: string;
  item: Pick<FeedItem, 'key' | 'link' | 'published'>;
  state: ItemState;
  documentId?: number | null;
  problem?: string | null;
}

/** Records what became of items (insert or overwrite), in as few statements as D1 allows. */
export async function recordItems(db: Orm, records: readonly ItemRecord[], now: Date = new Date()): Promise<void> {
  const rows = records.map((r) => ({
    feedUrl: r.feedUrl,
    key: r.item.key,
    link: r.item.link,
    published: r.item.published,
    state: r.state,
    documentId: r.documentId ?? null,
    problem: r.problem ?? null,
    seenAt: now.toISOString(),
  }));
  for (let i = 0; i < rows.length; i += ITEM_ROWS_PER_INSERT) {
    await db
      .insert(feedItems)
      .values(rows.slice(i, i + ITEM_ROWS_PER_INSERT))
      .onConflictDoUpdate({
        target: [feedItems.feedUrl, feedItems.key],
        set: { state: sqlExcluded('state'), documentId: sqlExcluded('document_id'), problem: sqlExcluded('problem'), seenAt: sqlExcluded('seen_at') },
      });
  }
}

/** The value the conflicting insert tried to write (SQLite's upsert `excluded`). */
function sqlExcluded(column: string) {
  return sql.raw(`excluded.${column}`);
}
