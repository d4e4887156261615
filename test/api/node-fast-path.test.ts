// The Node entry writes cached answers straight from the app's cache (src/node.ts). Over real
// HTTP: the replay is byte-for-byte and header-for-header what the app sent, 304s work, and a
// write through the API is visible on the very next request.
import type { Server } from 'node:http';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { listen } from '../../src/node';
import { inProcessApp, type InProcess } from '../support/app';
import { seedArticles } from '../support/seeds';
import { tempDbUrl } from '../support/temp';

const temp = tempDbUrl();
let target: InProcess;
let server: Server;
let base: string;
let replayed = 0;

beforeAll(async () => {
  target = await inProcessApp(temp.url, { token: 'tok' });
  const replayCached = target.app.replayCached;
  target.app.replayCached = (...args) => {
    const r = replayCached(...args);
    if (r) replayed++;
    return r;
  };
  const bound = await listen(target.app, 0, '127.0.0.1');
  server = bound.server;
  base = `http://127.0.0.1:${bound.port}`;
  for (const s of seedArticles()) {
    const res = await fetch(`${base}/api/documents`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: 'Bearer tok' },
      body: JSON.stringify({ text: s.text, title: s.title, published: s.published }),
    });
    expect(res.status).toBe(201);
  }
});
afterAll(async () => {
  await new Promise((r) => server.close(r));
  target.database.close();
  temp.cleanup();
});

const headersOf = (res: Response) => {
  const h = Object.fromEntries(res.headers.entries());
  delete h.date;
  delete h.connection;
  delete h['keep-alive'];
  return h;
};

it('replays a cached answer with the same bytes and headers', async () => {
  // A series' answer is built whole by jsonAnswer (src/api/cache.ts) and served as built: its
  // first, uncached answer must carry what the replay carries.
  const { series } = (await (await fetch(`${base}/api/series?limit=1`)).json()) as { series: { id: string }[] };
  const seriesPath = `/api/series/${series[0]!.id}?to=2030-01-01`;
  replayed = 0;
  for (const path of ['/api/series', '/api/events', '/api/documents?limit=2', seriesPath]) {
    const first = await fetch(`${base}${path}`);
    const firstBody = await first.text();
    const second = await fetch(`${base}${path}`);
    const secondBody = await second.text();
    expect(second.status).toBe(200);
    expect(secondBody).toBe(firstBody);
    expect(headersOf(second)).toEqual(headersOf(first));
    expect(second.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(Number(first.headers.get('content-length'))).toBe(Buffer.byteLength(firstBody));
    const again = await fetch(`${base}${path}`, { headers: { 'If-None-Match': first.headers.get('etag')! } });
    expect(again.status).toBe(304);
    expect(again.headers.get('etag')).toBe(first.headers.get('etag'));
    expect(again.headers.get('x-content-type-options')).toBe('nosniff');
  }
  expect(replayed).toBe(8);
});

it('shows a write through the API on the next request', async () => {
  const before = await fetch(`${base}/api/documents`);
  const etag = before.headers.get('etag');
  const total = ((await before.json()) as { total: number }).total;
  await fetch(`${base}/api/documents`); // now cached
  const res = await fetch(`${base}/api/documents`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: 'Bearer tok' },
    body: JSON.stringify({ text: 'Output from the Tawke field was 120,000 barrels per day on 2018-06-01.', published: '2018-06-02' }),
  });
  expect(res.status).toBe(201);
  const after = await fetch(`${base}/api/documents`);
  expect(after.headers.get('etag')).not.toBe(etag);
  expect(((await after.json()) as { total: number }).total).toBe(total + 1);
});

it('never replays other methods or unknown paths', async () => {
  await fetch(`${base}/api/series`);
  const del = await fetch(`${base}/api/series`, { method: 'DELETE' });
  expect(del.status).toBe(405);
  const head = await fetch(`${base}/api/series`, { method: 'HEAD' });
  expect(head.status).toBe(200);
});
