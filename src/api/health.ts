import { Hono } from 'hono';
import type { AppEnv } from './env';

export const health = new Hono<AppEnv>().get('/health', (c) => {
  c.header('Cache-Control', 'no-store');
  return c.json({ ok: true as const });
});
