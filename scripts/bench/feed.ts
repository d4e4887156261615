// benchFeed(): news feeds end to end — the local feed server (test/feeds/server.ts) serving
// real-style articles (scripts/bench/real-corpus.ts) as HTML pages listed in RSS feeds of 100
// items, polled by runFeeds (fetch with every check, HTML to text, extract, store into a libSQL
// file) — beside, in the same run, extract() alone on articles of the same kind and the page
// fetches alone, and ingestDocument() alone (extract + store from memory), so the ratios say
// what the feed path costs over extraction and over a plain ingest. A second run shows
// what an unchanged feed costs (a 304 per feed, nothing fetched or stored).
//
// Extract-only and ingest-only run on corpora made from the same texts with other seeds (same
// sizes, other digits and days), so no memo warmed by one pass can serve another.
//
//   node --import tsx scripts/bench/feed.ts [MB]
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { openDatabase } from '../../src/db/client';
import { migrateDatabase } from '../../src/db/migrate';
import { extract } from '../../src/extract/index';
import { feedSettings } from '../../src/feeds/config';
import { carefulFetch } from '../../src/feeds/fetch';
import { nodeTransport } from '../../src/feeds/node-transport';
import { runFeeds } from '../../src/feeds/run';
import { ingestDocument } from '../../src/ingest';
import { startFeedServer, type ServedArticle } from '../../test/feeds/server';
import { tempDbUrl } from '../../test/support/temp';
import type { Article } from './corpus';
import { realStyleCorpus } from './real-corpus';

const MB = 1024 * 1024;
const ITEMS_PER_FEED = 100;

interface Rate {
  seconds: number;
  itemsPerSecond: number;
  mbPerSecond: number;
}

export interface FeedBench {
  corpus: { articles: number; textMB: number; pageMB: number; feeds: number; sources: string[] };
  /** Poll, fetch each page, HTML → text, extract, store: `npm run ingest -- --feed` minus its start. */
  feed: Rate & { figuresPerSecond: number; stored: number; figures: number; pageMbPerSecond: number };
  /** extract() alone on a same-sized corpus of the same texts (the baseline). */
  extractOnly: Rate & { figuresPerSecond: number };
  /** ingestDocument() over a same-sized corpus held in memory (extract + store, no fetching). */
  ingestOnly: Rate & { figuresPerSecond: number };
  /** The page fetches alone (carefulFetch, 4 at a time), no extraction or storage. */
  fetchOnly: Rate;
  /** feed items/s ÷ extract-only items/s. */
  ratioToExtract: number;
  /** feed items/s ÷ ingest-only items/s: what fetching and feed bookkeeping add to an ingest. */
  ratioToIngest: number;
  /** Polling every feed again: each answers 304. */
  secondRun: { seconds: number; stored: number; notModified: number };
}

export async function benchFeed(options: { corpusMB?: number } = {}): Promise<FeedBench> {
  const bytes = (options.corpusMB ?? 0.5) * MB;
  const corpus = realStyleCorpus(bytes);
  const pages = corpus.articles.map(toPage);
  const feeds: Record<string, ServedArticle[]> = {};
  for (let i = 0; i < pages.length; i += ITEMS_PER_FEED) feeds[`/feeds/${i / ITEMS_PER_FEED}.xml`] = pages.slice(i, i + ITEMS_PER_FEED);
  const server = await startFeedServer(pages, {}, feeds);
  const db = tempDbUrl();
  const database = await openDatabase({ databaseUrl: db.url, databaseAuthToken: null });
  try {
    await migrateDatabase(database);
    const settings = feedSettings({ FLOWLINE_FEEDS_ALLOW_PRIVATE: '1' });
    const deps = { ...settings, transport: nodeTransport(true) };
    const list = Object.keys(feeds).map((path) => ({ url: `${server.url}${path}`, name: null }));

    // Warm V8 on a third variant, then extract-only on the second, then the feed path on the first.
    runExtract(realStyleCorpus(0.3 * MB, undefined, 7).articles);
    const other = realStyleCorpus(bytes, undefined, 20200101);
    const extractOnly = timed(() => runExtract(other.articles), other.articles.length, other.bytes);

    const ingestOnly = await timedIngest(realStyleCorpus(bytes, undefined, 20200202));

    const fetchStart = performance.now();
    await pool(pages, 4, (page) => carefulFetch(`${server.url}/articles/${page.slug}`, { ...deps.policy, maxBytes: deps.maxPageBytes }, deps.transport));
    const pageBytes = pages.reduce((n, p) => n + Buffer.byteLength(p.body as string), 0);
    const fetchOnly = rate((performance.now() - fetchStart) / 1000, pages.length, pageBytes);

    const feedStart = performance.now();
    const reports = await runFeeds(database.db, list, deps);
    const feedSeconds = (performance.now() - feedStart) / 1000;
    const stored = reports.reduce((n, r) => n + r.stored, 0);
    const figures = reports.reduce((n, r) => n + r.figures, 0);
    const problems = reports.flatMap((r) => r.problems);
    if (problems.length) process.stderr.write(`feed bench: ${problems.length} problems, first: ${problems[0]}\n`);
    const feed = { ...rate(feedSeconds, stored, corpus.bytes), figuresPerSecond: round(figures / feedSeconds), stored, figures, pageMbPerSecond: round(pageBytes / MB / feedSeconds, 3) };

    const againStart = performance.now();
    const again = await runFeeds(database.db, list, deps);
    const secondRun = {
      seconds: round((performance.now() - againStart) / 1000, 3),
      stored: again.reduce((n, r) => n + r.stored, 0),
      notModified: again.filter((r) => r.status === 304).length,
    };
    return {
      corpus: { articles: pages.length, textMB: round(corpus.bytes / MB), pageMB: round(pageBytes / MB), feeds: list.length, sources: corpus.sources },
      feed,
      extractOnly,
      ingestOnly,
      fetchOnly,
      ratioToIngest: round(feed.itemsPerSecond / ingestOnly.itemsPerSecond, 3),
      ratioToExtract: round(feed.itemsPerSecond / extractOnly.itemsPerSecond, 3),
      secondRun,
    };
  } finally {
    database.close();
    db.cleanup();
    await server.close();
  }
}

/** An article as a news site serves it: a page with a head, a script, navigation, paragraphs. */
function toPage(article: Article, index: number): ServedArticle {
  const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const paragraphs = article.text.split(/\n\s*\n/).map((p) => `<p>${escape(p.trim())}</p>`).join('\n');
  const title = escape(article.text.slice(0, 60).split('\n')[0]!);
  const body = `<!doctype html><html><head><meta charset="utf-8"><title>${title}</title><script>window.analytics = {id: ${index}};</script><style>p{margin:0}</style></head><body><nav><a href="/">Home</a> <a href="/energy">Energy</a></nav><article><h1>${title}</h1>\n${paragraphs}\n</article><footer>© Test News</footer></body></html>`;
  const published = new Date(`${article.published}T08:00:00Z`).toUTCString();
  return { slug: `a${index}`, title, published, body };
}

function runExtract(articles: readonly Article[]): number {
  let figures = 0;
  for (const a of articles) figures += extract(a.text, { published: a.published }).figures.length;
  return figures;
}

async function timedIngest(corpus: { articles: Article[]; bytes: number }): Promise<Rate & { figuresPerSecond: number }> {
  const db = tempDbUrl();
  const database = await openDatabase({ databaseUrl: db.url, databaseAuthToken: null });
  try {
    await migrateDatabase(database);
    const start = performance.now();
    let figures = 0;
    for (const a of corpus.articles) figures += (await ingestDocument(database.db, { text: a.text, published: a.published })).figures;
    const seconds = (performance.now() - start) / 1000;
    return { ...rate(seconds, corpus.articles.length, corpus.bytes), figuresPerSecond: round(figures / seconds) };
  } finally {
    database.close();
    db.cleanup();
  }
}

function timed(fn: () => number, items: number, bytes: number): Rate & { figuresPerSecond: number } {
  const start = performance.now();
  const figures = fn();
  const seconds = (performance.now() - start) / 1000;
  return { ...rate(seconds, items, bytes), figuresPerSecond: round(figures / seconds) };
}

function rate(seconds: number, items: number, bytes: number): Rate {
  return { seconds: round(seconds, 3), itemsPerSecond: round(items / seconds), mbPerSecond: round(bytes / MB / seconds, 3) };
}

async function pool<T>(items: readonly T[], width: number, fn: (item: T) => Promise<unknown>): Promise<void> {
  let next = 0;
  await Promise.all(Array.from({ length: width }, async () => {
    while (next < items.length) await fn(items[next++]!);
  }));
}

function round(n: number, digits = 1): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const mb = Number(process.argv[2]);
  benchFeed(Number.isFinite(mb) && mb > 0 ? { corpusMB: mb } : {}).then((r) => console.log(JSON.stringify(r, null, 2)));
}
