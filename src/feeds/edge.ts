// The feed pipeline on Cloudflare, written against the platform's interfaces but free of its
// types (src/worker.ts passes the real bindings). The Cron Trigger polls every configured feed
// and sends each new item to a Queue; the queue's consumers (as many Workers as the backlog
// needs) fetch, extract and store one item each with the same storeItem as the CLI; a failure
// worth retrying is retried with a growing delay, and after max_retries (wrangler.toml) the
// platform moves the message to the dead-letter queue, whose consumer records the item as given
// up so people can see it and a later poll does not queue it again.
import type { Orm } from '../db/orm';
import { FetchFailed } from './fetch';
import { storeItem, type FetchDeps } from './item';
import { NotAFeed } from './parse';
import { pollFeed, type FeedConfig } from './poll';
import { recordItems, saveFeed } from './state';

/** One feed item on its way through the queue (JSON; a few hundred bytes). */
export interface ItemMessage {
  feedUrl: string;
  key: string;
  link: string;
  title: string | null;
  published: string | null;
  source: string | null;
}

export interface ItemQueue {
  sendBatch(messages: Iterable<{ body: ItemMessage }>): Promise<unknown>;
}

export interface QueuedMessage {
  readonly id: string;
  readonly body: unknown;
  readonly attempts: number;
  ack(): void;
  retry(options?: { delaySeconds?: number }): void;
}

type Log = Pick<Console, 'log' | 'error'>;

// A sendBatch takes at most 100 messages.
const MESSAGES_PER_SEND = 100;

/** The scheduled() half: poll each feed, queue its new items, then remember them as queued. */
export async function pollToQueue(db: Orm, list: readonly FeedConfig[], deps: FetchDeps, queue: ItemQueue, log: Log = console): Promise<number> {
  let queued = 0;
  for (const feed of list) {
    try {
      const poll = await pollFeed(db, feed, deps, false);
      if (poll.status === 304) {
        await saveFeed(db, poll.row);
        continue;
      }
      for (const problem of poll.problems) log.error(`feeds: ${feed.url}: ${problem}`);
      const messages = poll.fresh.map((item) => ({ body: { feedUrl: feed.url, key: item.key, link: item.link, title: item.title, published: item.published, source: poll.source } }));
      // Sent before they are recorded: if recording fails the next poll sends them again, and
      // storing is idempotent by content; the other order could lose items.
      for (let i = 0; i < messages.length; i += MESSAGES_PER_SEND) await queue.sendBatch(messages.slice(i, i + MESSAGES_PER_SEND));
      await recordItems(db, poll.fresh.map((item) => ({ feedUrl: feed.url, item, state: 'queued' as const })));
      await saveFeed(db, poll.row);
      queued += messages.length;
      log.log(`feeds: ${feed.url}: ${poll.items} items, ${messages.length} queued`);
    } catch (error) {
      // One feed down must not stop the others; it is polled again at the next trigger.
      if (!(error instanceof FetchFailed || error instanceof NotAFeed)) throw error;
      log.error(`feeds: ${feed.url}: ${error.message}`);
    }
  }
  return queued;
}

/** The queue() half: store each item; retry what may work later, drop (recorded) what never will. */
export async function consumeItems(db: Orm, messages: readonly QueuedMessage[], deps: FetchDeps, retryDelaySeconds: number, log: Log = console): Promise<void> {
  for (const message of messages) {
    const body = itemMessage(message.body);
    if (!body) {
      log.error(`feeds: message ${message.id} is not a feed item (${JSON.stringify(message.body).slice(0, 200)}); dropped`);
      message.ack();
      continue;
    }
    const item = { key: body.key, link: body.link, published: body.published };
    try {
      const outcome = await storeItem(db, body, deps);
      if (outcome.state === 'retry') {
        await recordItems(db, [{ feedUrl: body.feedUrl, item, state: 'retry', problem: outcome.problem }]);
        // 1×, 2×, 4×… the base delay; the platform gives up after max_retries.
        message.retry({ delaySeconds: Math.min(12 * 3600, retryDelaySeconds * 2 ** (message.attempts - 1)) });
        log.error(`feeds: ${outcome.problem} (attempt ${message.attempts}, retried later)`);
        continue;
      }
      if (outcome.state === 'refused') log.error(`feeds: ${outcome.problem}`);
      await recordItems(db, [
        outcome.state === 'stored'
          ? { feedUrl: body.feedUrl, item, state: 'stored', documentId: outcome.documentId }
          : { feedUrl: body.feedUrl, item, state: 'refused', problem: outcome.problem },
      ]);
      message.ack();
    } catch (error) {
      // The database or the code failed, not the item: let the platform deliver it again.
      log.error(`feeds: ${body.link}: ${(error as Error).message} (attempt ${message.attempts}, retried later)`);
      message.retry({ delaySeconds: retryDelaySeconds });
    }
  }
}

/** The dead-letter queue's consumer: items that kept failing are recorded as given up. */
export async function buryItems(db: Orm, messages: readonly QueuedMessage[], log: Log = console): Promise<void> {
  for (const message of messages) {
    const body = itemMessage(message.body);
    if (body) {
      await recordItems(db, [
        { feedUrl: body.feedUrl, item: { key: body.key, link: body.link, published: body.published }, state: 'refused', problem: `${body.link}: gave up after repeated failures; poll again after fixing the cause` },
      ]);
      log.error(`feeds: ${body.link}: gave up after repeated failures`);
    }
    message.ack();
  }
}

function itemMessage(body: unknown): ItemMessage | null {
  const b = body as Partial<ItemMessage> | null;
  const text = (v: unknown) => typeof v === 'string';
  const optional = (v: unknown) => v === null || typeof v === 'string';
  return b && typeof b === 'object' && text(b.feedUrl) && text(b.key) && text(b.link) && optional(b.title) && optional(b.published) && optional(b.source) ? (b as ItemMessage) : null;
}
