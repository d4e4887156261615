// The feed pipeline on the edge, locally: wrangler dev runs the Worker in workerd with its local
// D1 and queues; GET /__scheduled (--test-scheduled) fires the Cron Trigger, which polls the
// local feed server and queues the items; the queue consumer stores them in D1; an item whose page
// keeps failing is retried with delays and lands in the dead-letter queue, which records it.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/db/client';
import { inventedArticles, rss, startFeedServer, type FeedServer } from '../feeds/server';
import { startWorkerd, WRANGLER_BIN, WRANGLER_ENV, type Workerd } from '../support/workerd';

const run = promisify(execFile);
const articles = inventedArticles();
let server: FeedServer;
let worker: Workerd;

beforeAll(async () => {
  server = await startFeedServer(articles, {
    '/edge.xml': (req, res, base) => {
      const down = `<item><title>Down</title><link>${base}/unavailable</link><pubDate>Fri, 17 Mar 2023 11:00:00 GMT</pubDate></item>`;
      const body = rss('Ignored Title', base, articles, down);
      if (req.headers['if-none-match'] === '"edge-1"') return void res.writeHead(304, { ETag: '"edge-1"' }).end();
      res.writeHead(200, { 'Content-Type': 'application/rss+xml', ETag: '"edge-1"' }).end(body);
    },
  });
  worker = await startWorkerd(
    {
      FLOWLINE_FEEDS: `# the test's feed\n${server.url}/edge.xml   Edge Wire`,
      // Only here: the Worker must reach the feed server on 127.0.0.1.
      FLOWLINE_FEEDS_ALLOW_PRIVATE: '1',
      FLOWLINE_FEEDS_RETRY_DELAY_S: '1',
      FLOWLINE_FEEDS_TIMEOUT_S: '5',
    },
    ['--test-scheduled'],
  );
}, 120_000);
afterAll(async () => {
  await worker?.stop();
  await server?.close();
});

async function until<T>(what: string, probe: () => Promise<T | null>, ms = 90_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value !== null) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}\n${worker.output().slice(-3000)}`);
    await new Promise((r) => setTimeout(r, 500));
  }
}

const cron = () => fetch(`${worker.url}/__scheduled?cron=${encodeURIComponent('*/15 * * * *')}`).then((r) => r.text());
const documents = () => fetch(`${worker.url}/api/documents?limit=100`).then((r) => r.json() as Promise<{ total: number; documents: Array<{ url: string; source: string; published: string }> }>);

/** A query on the Worker's local D1 file, waiting out the moments the running Worker holds its lock. */
async function d1(sql: string): Promise<Array<Record<string, unknown>>> {
  for (let attempt = 1; ; attempt++) {
    try {
      const { stdout } = await run(WRANGLER_BIN, ['d1', 'execute', 'flowline', '--local', '--persist-to', worker.persistDir, '--json', '--command', sql], { cwd: PROJECT_ROOT, env: WRANGLER_ENV });
      return (JSON.parse(stdout) as Array<{ results: Array<Record<string, unknown>> }>)[0]!.results;
    } catch (error) {
      if (attempt >= 20 || !/SQLITE_BUSY|database is locked/.test((error as Error).message)) throw error;
      await new Promise((r) => setTimeout(r, 500));
    }
  }
}

it('the cron queues each new item and the consumer stores it in D1 with its date and the feed name', { timeout: 180_000 }, async () => {
  await cron();
  const listed = await until('three documents', async () => {
    const d = await documents();
    return d.total >= 3 ? d : null;
  });
  expect(listed.total).toBe(3);
  const pipeline = listed.documents.find((d) => d.url.endsWith('/articles/northern-pipeline-flows'));
  expect(pipeline).toMatchObject({ source: 'Edge Wire', published: '2023-03-14' });

  // The page that keeps failing: tried 1 + max_retries (4) times, then buried by the DLQ consumer.
  const buried = await until('the failing item in the dead-letter queue', async () => {
    const rows = await d1("SELECT state, problem FROM feed_items WHERE link LIKE '%/unavailable'");
    return rows[0]?.state === 'refused' ? rows[0] : null;
  });
  expect(buried.problem).toMatch(/gave up after repeated failures/);
  expect(server.hits('/unavailable')).toBe(5);
  const states = await d1('SELECT state, count(*) AS n FROM feed_items GROUP BY state ORDER BY state');
  expect(states).toEqual([
    { state: 'refused', n: 1 },
    { state: 'stored', n: 3 },
  ]);

  // The next trigger: a conditional GET answered 304, nothing fetched, nothing queued.
  const pages = articles.reduce((n, a) => n + server.hits(`/articles/${a.slug}`), 0);
  const polls = server.hits('/edge.xml');
  await cron();
  await until('the second poll', async () => (server.hits('/edge.xml') > polls ? true : null));
  await new Promise((r) => setTimeout(r, 3000));
  expect(articles.reduce((n, a) => n + server.hits(`/articles/${a.slug}`), 0)).toBe(pages);
  expect((await documents()).total).toBe(3);
  expect((await d1('SELECT last_result FROM feeds'))[0]?.last_result).toBe('304 not modified');
});
