// The Cloudflare Workers entry: the shared app over the D1 binding from wrangler.toml, plus the
// dashboard from the assets binding (run_worker_first, so pages get the same secure headers and
// a CSP with the hashes of their inline blocks). Migrations are applied by
// `wrangler d1 migrations apply`; events are upserted once per isolate. Beside fetch: scheduled()
// (the Cron Trigger polling the feeds) and queue() (storing their items), see src/feeds/edge.ts.
import { drizzle } from 'drizzle-orm/d1';
import { createApp } from './app';
import { handleNotFound } from './api/errors';
import { inlineHashes } from './api/inline-hashes';
import { securityHeaderList } from './api/security';
import { readConfig } from './config';
import type { Orm } from './db/orm';
import { seedEvents } from './db/repo/events';
import * as schema from './db/schema';
import type { EventRef } from './extract/types';
import { feedSettings } from './feeds/config';
import { buryItems, consumeItems, pollToQueue, type ItemMessage } from './feeds/edge';
import { platformTransport } from './feeds/fetch';
import { parseFeedList } from './feeds/list';
import events from '../data/events.json';

export interface Env {
  DB: D1Database;
  ASSETS: Fetcher;
  FLOWLINE_TOKEN?: string;
  FLOWLINE_MAX_BODY_BYTES?: string;
  /** The queue the cron sends new feed items to (wrangler.toml). */
  FEED_ITEMS: Queue<ItemMessage>;
  /** Feeds to poll, one per line: URL, then optionally the source name. */
  FLOWLINE_FEEDS?: string;
  FLOWLINE_FEEDS_CONTACT?: string;
  /** "1" only in tests against a feed server on 127.0.0.1. */
  FLOWLINE_FEEDS_ALLOW_PRIVATE?: string;
  FLOWLINE_FEEDS_TIMEOUT_S?: string;
  /** First retry delay of a failed item, doubled on each attempt (default 60). */
  FLOWLINE_FEEDS_RETRY_DELAY_S?: string;
}

/** The dead-letter queue's name ends so; its messages are items that kept failing. */
const DEAD_LETTERS = /-dlq$/;

// Keyed by the binding so each database is seeded once per isolate, not once per request.
const seeded = new WeakMap<D1Database, Promise<void>>();

async function database(env: Env): Promise<Orm> {
  const db = drizzle(env.DB, { schema }) as unknown as Orm;
  let ready = seeded.get(env.DB);
  if (!ready) {
    ready = seedEvents(db, events as EventRef[]).catch((error: unknown) => {
      seeded.delete(env.DB);
      throw error;
    });
    seeded.set(env.DB, ready);
  }
  await ready;
  return db;
}

/** An asset with the app's secure headers; HTML gets a CSP allowing its own inline blocks. */
async function withSecurityHeaders(asset: Response): Promise<Response> {
  const isHtml = (asset.headers.get('content-type') ?? '').startsWith('text/html');
  const body = isHtml ? await asset.text() : asset.body;
  const list = await securityHeaderList(isHtml ? await inlineHashes(body as string) : {});
  const response = new Response(body, asset);
  for (const [name, value] of list) response.headers.set(name, value);
  return response;
}

const app = createApp({
  deps: async (c) => {
    const env = c.env as unknown as Env;
    const config = readConfig({ FLOWLINE_TOKEN: env.FLOWLINE_TOKEN, FLOWLINE_MAX_BODY_BYTES: env.FLOWLINE_MAX_BODY_BYTES });
    return { db: await database(env), token: config.token, maxBodyBytes: config.maxBodyBytes };
  },
});

app.get('*', async (c) => {
  if (new URL(c.req.url).pathname.startsWith('/api')) return handleNotFound(c);
  return withSecurityHeaders(await (c.env as unknown as Env).ASSETS.fetch(c.req.raw));
});

function feedDeps(env: Env) {
  return { ...feedSettings(env as unknown as Record<string, string | undefined>), transport: platformTransport };
}

export default {
  fetch: app.fetch,

  async scheduled(_controller, env, ctx) {
    const { feeds, problems } = parseFeedList(env.FLOWLINE_FEEDS ?? '', 'FLOWLINE_FEEDS');
    for (const problem of problems) console.error(`feeds: ${problem}`);
    if (!feeds.length) {
      console.log('feeds: FLOWLINE_FEEDS lists no feeds; nothing to poll');
      return;
    }
    ctx.waitUntil(database(env).then((db) => pollToQueue(db, feeds, feedDeps(env), env.FEED_ITEMS)));
  },

  async queue(batch, env) {
    const db = await database(env);
    if (DEAD_LETTERS.test(batch.queue)) return buryItems(db, batch.messages);
    const delay = Number(env.FLOWLINE_FEEDS_RETRY_DELAY_S);
    return consumeItems(db, batch.messages, feedDeps(env), Number.isFinite(delay) && delay >= 0 ? delay : 60);
  },
} satisfies ExportedHandler<Env, ItemMessage>;
