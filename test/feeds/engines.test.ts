// The feed state (validators, items seen) behaves the same on a libSQL file and on sqld; D1 is
// covered by test/worker/feeds.test.ts. Also the Worker's queue logic, in process, on both.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/client';
import { feedItems } from '../../src/db/schema';
import { feedSettings } from '../../src/feeds/config';
import { buryItems, consumeItems, pollToQueue, type ItemMessage, type QueuedMessage } from '../../src/feeds/edge';
import { nodeTransport } from '../../src/feeds/node-transport';
import { runFeeds } from '../../src/feeds/run';
import { openMigrated } from '../support/database';
import { startSqld, type Sqld } from '../support/sqld';
import { tempDbUrl } from '../support/temp';
import { inventedArticles, startFeedServer, type FeedServer } from './server';

let server: FeedServer;
let flakyCalls = 0;
const flaky = { slug: 'flaky', title: 'Flaky', published: 'Mon, 13 Mar 2023 10:00:00 GMT', body: '' };
let sqld: Sqld;
const file = tempDbUrl();
beforeAll(async () => {
  server = await startFeedServer(
    inventedArticles(),
    {
      // Down on the first request, then a page: an item that failed for now.
      '/articles/flaky': (_req, res) =>
        ++flakyCalls === 1
          ? res.writeHead(503).end()
          : res.writeHead(200, { 'Content-Type': 'text/plain' }).end('Output at the western field rose to 45,000 bpd on Sunday, the operator said.'),
      '/down.xml': (_req, res, base) =>
        res.writeHead(200, { 'Content-Type': 'application/rss+xml' }).end(
          `<rss version="2.0"><channel><title>Down Wire</title><item><link>${base}/unavailable</link><guid>down-1</guid></item><item><link>${base}/articles/removed</link></item></channel></rss>`,
        ),
    },
    { '/flaky.xml': [flaky] },
  );
  sqld = await startSqld();
}, 60_000);
afterAll(async () => {
  await server.close();
  await sqld.stop();
  file.cleanup();
});

const settings = feedSettings({ FLOWLINE_FEEDS_ALLOW_PRIVATE: '1', FLOWLINE_FEEDS_TIMEOUT_S: '2' });
const deps = { ...settings, transport: nodeTransport(true) };
const quiet = { log: () => {}, error: () => {} };

function message(body: unknown, attempts = 1) {
  const seen: { acked: boolean; retried: number | null } = { acked: false, retried: null };
  const m: QueuedMessage = {
    id: `m${Math.random()}`,
    body,
    attempts,
    ack: () => void (seen.acked = true),
    retry: (options) => void (seen.retried = options?.delaySeconds ?? 0),
  };
  return { m, seen };
}

it('retries an item that failed for now even when its feed is unchanged (304)', async () => {
  const database = await openMigrated(file.url);
  try {
    const list = [{ url: `${server.url}/flaky.xml`, name: null }];
    const [first] = await runFeeds(database.db, list, deps);
    expect(first).toMatchObject({ status: 200, fresh: 1, stored: 0, problems: [expect.stringMatching(/HTTP 503.*tried again on the next run/)] });
    const [second] = await runFeeds(database.db, list, deps);
    expect(second).toMatchObject({ status: 304, fresh: 1, stored: 1, figures: 1, problems: [] });
    const [third] = await runFeeds(database.db, list, deps);
    expect(third).toMatchObject({ status: 304, fresh: 0, stored: 0 });
    expect(flakyCalls).toBe(2);
  } finally {
    database.close();
  }
});

describe.each([
  ['libSQL file', () => file.url],
  ['sqld', () => sqld.url],
])('feeds on %s', (_name, url) => {
  let database: Database;
  beforeAll(async () => {
    database = await openMigrated(url());
  });
  afterAll(() => database.close());

  it('a second run finds the feed unchanged and stores nothing', async () => {
    const [first] = await runFeeds(database.db, [{ url: `${server.url}/atom.xml`, name: 'Desk' }], deps);
    expect(first).toMatchObject({ status: 200, items: 3, fresh: 3, problems: [] });
    expect(first!.stored + first!.present).toBe(3);
    const [second] = await runFeeds(database.db, [{ url: `${server.url}/atom.xml`, name: 'Desk' }], deps);
    expect(second).toMatchObject({ status: 304, fresh: 0, stored: 0 });
  });

  it('queues new items once, and the consumer stores, retries with growing delays, refuses and buries', async () => {
    const sent: ItemMessage[] = [];
    const queue = { sendBatch: async (batch: Iterable<{ body: ItemMessage }>) => void sent.push(...[...batch].map((b) => b.body)) };
    expect(await pollToQueue(database.db, [{ url: `${server.url}/down.xml`, name: null }], deps, queue, quiet)).toBe(2);
    expect(sent.map((s) => [s.key, s.source])).toEqual([
      ['down-1', 'Down Wire'],
      [`${server.url}/articles/removed`, 'Down Wire'],
    ]);
    // Queued items are not queued again by the next poll.
    expect(await pollToQueue(database.db, [{ url: `${server.url}/down.xml`, name: null }], deps, queue, quiet)).toBe(0);

    const down = [1, 2, 3].map((attempts) => message(sent[0], attempts));
    const gone = message(sent[1]);
    const junk = message({ link: 42 });
    await consumeItems(database.db, [...down.map((d) => d.m), gone.m, junk.m], deps, 10, quiet);
    expect(down.map((d) => d.seen)).toEqual([
      { acked: false, retried: 10 },
      { acked: false, retried: 20 },
      { acked: false, retried: 40 },
    ]);
    expect(gone.seen).toEqual({ acked: true, retried: null });
    expect(junk.seen).toEqual({ acked: true, retried: null });

    const buried = message(sent[0], 5);
    await buryItems(database.db, [buried.m], quiet);
    expect(buried.seen.acked).toBe(true);
    const rows = await database.db.select({ key: feedItems.key, state: feedItems.state, problem: feedItems.problem }).from(feedItems);
    const byKey = new Map(rows.map((r) => [r.key, r]));
    expect(byKey.get('down-1')).toMatchObject({ state: 'refused', problem: expect.stringMatching(/gave up after repeated failures/) });
    expect(byKey.get(`${server.url}/articles/removed`)).toMatchObject({ state: 'refused', problem: expect.stringMatching(/HTTP 404/) });
  });
});
