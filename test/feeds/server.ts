// A local news site on 127.0.0.1 for the feed tests and the feed bench: RSS and Atom feeds of the
// articles it is given (with ETag and Last-Modified, answering 304 to a conditional GET), the
// article pages, and the ways real feeds go wrong: broken XML, silence, a drip, an endless body,
// a declared giant, redirect chains and loops, a redirect into the cloud metadata address, a
// server error. It counts every request per path, so tests can say what was fetched.
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ServedArticle {
  /** Under /articles/. */
  slug: string;
  title: string;
  /** As the feed writes it (RFC 822 for RSS, ISO for Atom), or null for an item with no date. */
  published: string | null;
  body: string | Uint8Array;
  contentType?: string;
}

export interface FeedServer {
  url: string;
  hits(path: string): number;
  /** Request headers of the last request to `path`. */
  lastHeaders(path: string): IncomingMessage['headers'] | undefined;
  /** Replace the articles (a feed that changed); the ETag changes with them. */
  setArticles(articles: ServedArticle[]): void;
  close(): Promise<void>;
}


export function rss(title: string, base: string, articles: readonly ServedArticle[], extraItems = ''): string {
  const items = articles
    .map((a) => `<item><title><![CDATA[${a.title}]]></title><link>${base}/articles/${a.slug}</link><guid isPermaLink="false">${a.slug}</guid>${a.published ? `<pubDate>${a.published}</pubDate>` : ''}</item>`)
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>${title}</title><link>${base}/</link>\n${items}\n${extraItems}</channel></rss>\n`;
}

export function atom(title: string, base: string, articles: readonly ServedArticle[]): string {
  const entries = articles
    .map((a) => `<entry><title type="text">${a.title}</title><link rel="alternate" href="${base}/articles/${a.slug}"/><id>urn:test:${a.slug}</id>${a.published ? `<published>${a.published}</published>` : ''}</entry>`)
    .join('\n');
  return `<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom"><title>${title}</title><link rel="self" href="${base}/atom.xml"/>\n${entries}\n</feed>\n`;
}

type Route = (req: IncomingMessage, res: ServerResponse, base: string) => void;

/**
 * `initial` are the pages under /articles/ (and the items of /rss.xml and /atom.xml); `extra`
 * adds routes; `feeds` adds RSS feeds of chosen articles at chosen paths, conditional like /rss.xml.
 */
export async function startFeedServer(initial: ServedArticle[], extra: Record<string, Route> = {}, feeds: Record<string, ServedArticle[]> = {}): Promise<FeedServer> {
  let articles = initial;
  // Last-Modified moves with every change of the articles, like a real feed's.
  let lastModified = new Date(Date.UTC(2026, 11, 6, 8)).toUTCString();
  const hits = new Map<string, number>();
  const headers = new Map<string, IncomingMessage['headers']>();
  const timers = new Set<ReturnType<typeof setInterval>>();

  const conditional = (req: IncomingMessage, res: ServerResponse, body: string, type: string) => {
    const etag = `"${createHash('sha256').update(body).digest('hex').slice(0, 16)}"`;
    const unchanged = req.headers['if-none-match'] ? req.headers['if-none-match'] === etag : req.headers['if-modified-since'] === lastModified;
    if (unchanged) {
      res.writeHead(304, { ETag: etag, 'Last-Modified': lastModified }).end();
      return;
    }
    res.writeHead(200, { 'Content-Type': type, ETag: etag, 'Last-Modified': lastModified, 'Content-Length': Buffer.byteLength(body) }).end(body);
  };

  const routes: Record<string, Route> = {
    '/rss.xml': (req, res, base) => conditional(req, res, rss('Test Energy Wire', base, articles), 'application/rss+xml; charset=utf-8'),
    '/atom.xml': (req, res, base) => conditional(req, res, atom('Test Atom Desk', base, articles), 'application/atom+xml'),
    '/broken.xml': (_req, res, base) => res.writeHead(200, { 'Content-Type': 'application/rss+xml' }).end(rss('Broken', base, articles).slice(0, 200)),
    '/not-a-feed': (_req, res) => res.writeHead(200, { 'Content-Type': 'text/html' }).end('<!doctype html><html><body><p>Welcome to our site</p></body></html>'),
    '/silent.xml': () => {},
    '/slow.xml': (_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/rss+xml' });
      res.write('<?xml version="1.0"?><rss version="2.0"><channel>');
    },
    '/drip.xml': (_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/rss+xml' });
      const timer = setInterval(() => res.write(' '), 200);
      timers.add(timer);
      res.on('close', () => clearInterval(timer));
    },
    '/huge.xml': (_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/rss+xml' });
      const chunk = Buffer.alloc(64 * 1024, 0x20);
      const pump = () => {
        while (!res.destroyed && res.write(chunk));
        if (!res.destroyed) res.once('drain', pump);
      };
      pump();
    },
    '/huge-declared.xml': (_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/rss+xml', 'Content-Length': String(100 * 1024 * 1024) });
      res.write('<?xml version="1.0"?>');
    },
    '/loop': (_req, res) => res.writeHead(302, { Location: '/loop' }).end(),
    '/to-metadata': (_req, res) => res.writeHead(302, { Location: 'http://169.254.169.254/latest/meta-data/' }).end(),
    '/unavailable': (_req, res) => res.writeHead(503, { 'Retry-After': '1' }).end('try later'),
    ...extra,
    ...Object.fromEntries(
      Object.entries(feeds).map(([path, list]): [string, Route] => [path, (req, res, base) => conditional(req, res, rss(`Wire ${path}`, base, list), 'application/rss+xml')]),
    ),
  };

  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0]!;
    hits.set(path, (hits.get(path) ?? 0) + 1);
    headers.set(path, req.headers);
    const base = `http://${req.headers.host}`;
    const hops = /^\/redirect\/(\d+)$/.exec(path);
    if (hops) {
      const n = Number(hops[1]);
      res.writeHead(n > 1 ? 301 : 302, { Location: n > 1 ? `/redirect/${n - 1}` : '/rss.xml' }).end();
      return;
    }
    const route = routes[path];
    if (route) return route(req, res, base);
    const article = path.startsWith('/articles/') ? articles.find((a) => a.slug === path.slice('/articles/'.length)) : undefined;
    if (!article) {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, { 'Content-Type': article.contentType ?? 'text/html; charset=utf-8' }).end(article.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    hits: (path) => hits.get(path) ?? 0,
    lastHeaders: (path) => headers.get(path),
    setArticles: (next) => {
      articles = next;
      lastModified = new Date(Date.parse(lastModified) + 60_000).toUTCString();
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const timer of timers) clearInterval(timer);
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Our own invented news pages, each with figures the extractor reads. */
export function inventedArticles(): ServedArticle[] {
  const page = (title: string, paragraphs: string[]) =>
    `<!doctype html><html><head><title>${title}</title><script>var tracking = 1;</script></head><body><nav>Home | Energy</nav><article><h1>${title}</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
  return [
    {
      slug: 'northern-pipeline-flows',
      title: 'Northern pipeline flows recover',
      published: 'Tue, 14 Mar 2023 09:30:00 +0300',
      body: page('Northern pipeline flows recover', [
        'Crude flowing through the northern export pipeline reached 410,000 barrels per day on Monday, an operator said.',
        'The line carried about 350,000 bpd in February before repairs at a pumping station.',
      ]),
    },
    {
      slug: 'southern-port-loadings',
      title: 'Southern port loadings slip',
      published: 'Wed, 15 Mar 2023 12:00:00 GMT',
      body: page('Southern port loadings slip', [
        'Loadings at the southern terminal fell 60,000 bpd to 3.1 million barrels per day in the first half of March, shipping data showed.',
      ]),
    },
    {
      slug: 'budget-revenue',
      title: 'Oil revenue steady',
      published: 'Thu, 16 Mar 2023 07:15:00 GMT',
      body: page('Oil revenue steady', ['The finance ministry said oil revenue was $7.2 billion in February, little changed from January.']),
    },
  ];
}
