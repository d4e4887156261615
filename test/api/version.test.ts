// The data version the caches key on: a write through the app shows at once; a write by another
// process (here: another app on the same file) shows within the app's versionTtlMs.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ingestDocument } from '../../src/ingest';
import { createNodeApp } from '../../src/node';
import { inProcessApp, type InProcess } from '../support/app';
import { tempDbUrl } from '../support/temp';

const TTL = 300;
const temp = tempDbUrl();
let base: InProcess;
let app: ReturnType<typeof createNodeApp>;

beforeAll(async () => {
  base = await inProcessApp(temp.url);
  app = createNodeApp(base.database.db, { token: 't', maxBodyBytes: 1 << 20 }, { versionTtlMs: TTL });
});
afterAll(() => {
  base.database.close();
  temp.cleanup();
});

const etag = async () => (await app.request('/api/documents')).headers.get('etag');
const article = (n: number) => ({ text: `Output from the Tawke field was ${n},000 barrels per day on 2018-05-0${n}.`, published: '2018-05-09' });

it('turns over at once after a write through the app', async () => {
  const before = await etag();
  const res = await app.request('/api/documents', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: 'Bearer t' },
    body: JSON.stringify(article(1)),
  });
  expect(res.status).toBe(201);
  expect(await etag()).not.toBe(before);
});

it('turns over within the TTL after a write by someone else', async () => {
  const before = await etag();
  await ingestDocument(base.database.db, article(2));
  await new Promise((r) => setTimeout(r, TTL + 50));
  expect(await etag()).not.toBe(before);
  const list = (await (await app.request('/api/documents')).json()) as { total: number };
  expect(list.total).toBe(2);
});
