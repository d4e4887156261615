// The Cloudflare Workers entry: the shared app over the D1 binding from wrangler.toml, plus the
// dashboard from the assets binding (run_worker_first, so pages get the same secure headers and
// a CSP with the hashes of their inline blocks). Migrations are applied by
// `wrangler d1 migrations apply`; events are upserted once per isolate.
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
import events from '../data/events.json';

export interface Env {
  DB: D1Database;
  ASSETS: Fetcher;
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

export default app;
