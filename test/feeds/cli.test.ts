// `npm run ingest -- --feed URL` end to end: a real subprocess, a real libSQL file, the local feed
// server. A second run stores and fetches nothing new; a broken item is named and the rest go in.
import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, PROJECT_ROOT } from '../../src/db/client';
import { documents, feedItems } from '../../src/db/schema';
import { tempDbUrl, tempDir } from '../support/temp';
import { inventedArticles, rss, startFeedServer, type FeedServer, type ServedArticle } from './server';

const run = promisify(execFile);
const db = tempDbUrl();
const dir = tempDir('flowline-feeds-cli-');
let server: FeedServer;

const articles = inventedArticles();
const extra: ServedArticle[] = [
  {
    slug: 'latin1-page',
    title: 'Exports to the terminal',
    published: 'Fri, 17 Mar 2023 09:00:00 GMT',
    // "Exports via the terminal rose to 95,000 bpd on Thursday, the ministry’s statement said." in windows-1252
    body: Uint8Array.from([...Buffer.from('<html><body><p>Exports via the terminal rose to 95,000 bpd on Thursday, the ministry'), 0x92, ...Buffer.from('s statement said.</p></body></html>')]),
    contentType: 'text/html; charset=windows-1252',
  },
];

beforeAll(async () => {
  server = await startFeedServer([...articles, ...extra], {
    // A server that labels a PDF as text: the bytes decide, as they do for files.
    '/files/report.pdf': (_req, res) => res.writeHead(200, { 'Content-Type': 'text/plain' }).end('%PDF-1.7 binary'),
    '/mixed.xml': (_req, res, base) => {
      const more =
        `<item><title>A PDF</title><link>${base}/files/report.pdf</link><pubDate>Fri, 17 Mar 2023 08:00:00 GMT</pubDate></item>` +
        `<item><title>Gone</title><link>${base}/articles/removed</link><pubDate>Fri, 17 Mar 2023 10:00:00 GMT</pubDate></item>` +
        `<item><title>Down</title><link>${base}/unavailable</link><pubDate>Fri, 17 Mar 2023 11:00:00 GMT</pubDate></item>` +
        `<item><title>No link</title></item>` +
        `<item><title>Tomorrow's news</title><link>${base}/articles/x</link><pubDate>Fri, 01 Jan 2100 00:00:00 GMT</pubDate></item>`;
      res.writeHead(200, { 'Content-Type': 'application/rss+xml' }).end(rss('Mixed Wire', base, [articles[0]!, ...extra], more));
    },
  });
});
afterAll(async () => {
  await server.close();
  db.cleanup();
  dir.cleanup();
});

async function ingest(args: string[], env: Record<string, string> = { FLOWLINE_FEEDS_ALLOW_PRIVATE: '1' }) {
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', resolve(PROJECT_ROOT, 'scripts/ingest.ts'), ...args], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, DATABASE_URL: db.url, FLOWLINE_FEEDS_TIMEOUT_S: '2', ...env },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

async function stored() {
  const database = await openDatabase({ databaseUrl: db.url, databaseAuthToken: null });
  try {
    return {
      documents: await database.db.select({ url: documents.url, source: documents.source, published: documents.published, title: documents.title, text: documents.text }).from(documents),
      items: await database.db.select().from(feedItems),
    };
  } finally {
    database.close();
  }
}

const hitsOfArticles = () => articles.reduce((n, a) => n + server.hits(`/articles/${a.slug}`), 0);

describe('npm run ingest -- --feed', () => {
  it('stores each item of an RSS feed with its date, and a second run fetches and stores nothing', async () => {
    const first = await ingest(['--feed', `${server.url}/rss.xml`, '--contact', 'mailto:desk@example.org']);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.stdout).toContain(`${server.url}/rss.xml: 4 items, 4 new: 4 stored, 0 already present`);
    const afterFirst = await stored();
    const byUrl = new Map(afterFirst.documents.map((d) => [d.url, d]));
    const pipeline = byUrl.get(`${server.url}/articles/northern-pipeline-flows`);
    expect(pipeline).toMatchObject({ source: 'Test Energy Wire', published: '2023-03-14', title: 'Northern pipeline flows recover' });
    // The page's text, not its markup: no script, no tags.
    expect(pipeline?.text).toContain('reached 410,000 barrels per day on Monday');
    expect(pipeline?.text).not.toMatch(/tracking|<p>/);
    // The windows-1252 page was decoded as it declared.
    expect(byUrl.get(`${server.url}/articles/latin1-page`)?.text).toContain('the ministry\u2019s statement');
    expect(server.lastHeaders('/articles/budget-revenue')?.['user-agent']).toBe('flowline/0.1 (news feed reader; +mailto:desk@example.org)');
    const articleHits = hitsOfArticles();
    const feedHits = server.hits('/rss.xml');

    const second = await ingest(['--feed', `${server.url}/rss.xml`]);
    expect(second.code).toBe(0);
    expect(second.stdout).toContain('unchanged since the last run (304), nothing fetched');
    expect(second.stdout).toMatch(/feeds: 1 polled, 0 new documents, 0 figures/);
    expect(server.hits('/rss.xml')).toBe(feedHits + 1);
    expect(server.lastHeaders('/rss.xml')?.['if-none-match']).toMatch(/^"[0-9a-f]+"$/);
    expect(hitsOfArticles()).toBe(articleHits);
    expect((await stored()).documents.length).toBe(afterFirst.documents.length);
  });

  it('fetches only the new item when the feed changes', async () => {
    const fresh: ServedArticle = {
      slug: 'eastern-field-output',
      title: 'Eastern field output',
      published: 'Sat, 18 Mar 2023 06:00:00 GMT',
      body: '<html><body><p>The eastern field produced 120,000 bpd last week, its operator said.</p></body></html>',
    };
    server.setArticles([...articles, ...extra, fresh]);
    const before = hitsOfArticles();
    const r = await ingest(['--feed', `${server.url}/rss.xml`]);
    expect(r.stdout).toContain('5 items, 1 new: 1 stored');
    expect(hitsOfArticles()).toBe(before);
    expect(server.hits('/articles/eastern-field-output')).toBe(1);
  });

  it('names each broken item, stores the rest, exits 1, and retries only what failed for now', async () => {
    const r = await ingest(['--feed', `${server.url}/mixed.xml`]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/item 6 \("No link"\) has no link to an article; skipped/);
    expect(r.stderr).toMatch(/item 7 \("Tomorrow's news"\): its date: published "2100-01-01" is in the future/);
    expect(r.stderr).toMatch(/\/articles\/removed: not found \(HTTP 404\)/);
    expect(r.stderr).toMatch(/\/unavailable: the server failed \(HTTP 503\).*tried again on the next run/);
    expect(r.stderr).toMatch(/report\.pdf: is a PDF document, not a text article/);
    // Two items were stored by the RSS runs already: this feed finds their text present.
    expect(r.stdout).toContain('5 items, 5 new: 0 stored, 2 already present');
    const items = (await stored()).items.filter((i) => i.feedUrl === `${server.url}/mixed.xml`);
    expect(Object.fromEntries(items.map((i) => [i.link.replace(server.url, ''), i.state]))).toEqual({
      '/articles/northern-pipeline-flows': 'stored',
      '/articles/latin1-page': 'stored',
      '/files/report.pdf': 'refused',
      '/articles/removed': 'refused',
      '/unavailable': 'retry',
    });

    const down = server.hits('/unavailable');
    const gone = server.hits('/articles/removed');
    const again = await ingest(['--feed', `${server.url}/mixed.xml`]);
    expect(again.stdout).toContain('5 items, 1 new');
    expect(server.hits('/unavailable')).toBe(down + 1);
    expect(server.hits('/articles/removed')).toBe(gone);
  });

  it('reads a feeds list with names, polls the Atom feed, and reports an unreadable feed without stopping', async () => {
    const list = join(dir.dir, 'feeds.txt');
    writeFileSync(list, `# feeds we follow\n${server.url}/atom.xml   Atom Desk (test)\n\n${server.url}/broken.xml\n${server.url}/not-a-feed\n`);
    const r = await ingest(['--feeds', list]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/broken\.xml: is a cut-off RSS feed/);
    expect(r.stderr).toMatch(/not-a-feed: is an HTML page, not a feed/);
    expect(r.stdout).toContain(`${server.url}/atom.xml: 5 items, 5 new: 0 stored, 5 already present`);
    expect(r.stdout).toMatch(/feeds: 3 polled/);
  });

  it('refuses loopback feeds unless allowed for tests, and bad addresses before starting', async () => {
    const refused = await ingest(['--feed', `${server.url}/rss.xml`], {});
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/points at 127\.0\.0\.1, loopback \(127\/8\); flowline does not fetch from private or local networks/);
    const bad = await ingest(['--feed', 'file:///etc/passwd']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--feed: "file:\/\/\/etc\/passwd" uses file:; feeds are fetched over http: or https: only/);
  });
});
