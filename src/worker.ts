// The Cloudflare Workers entry: the shared app over the D1 binding from wrangler.toml.
// Migrations are applied by `wrangler d1 migrations apply`; events are upserted once per isolate.
import { drizzle } from 'drizzle-orm/d1';
import { createApp } from './app';
import { readConfig } from './config';
import type { Orm } from './db/orm';
import { seedEvents } from './db/repo/events';
import * as schema from './db/schema';
import type { EventRef } from './extract/types';
import events from '../data/events.json';

export interface Env {
  DB: D1Database;
  FLOWLINE_TOKEN?: string;
  FLOWLINE_MAX_BODY_BYTES?: string;
}

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

const app = createApp({
  deps: async (c) => {
    const env = c.env as unknown as Env;
    const config = readConfig({ FLOWLINE_TOKEN: env.FLOWLINE_TOKEN, FLOWLINE_MAX_BODY_BYTES: env.FLOWLINE_MAX_BODY_BYTES });
    return { db: await database(env), token: config.token, maxBodyBytes: config.maxBodyBytes };
  },
});

export default app;
