// carefulFetch against a real local server through the real Node transport: every limit holds
// while reading, and addresses are checked on each hop and at connect time.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { carefulFetch, DEFAULT_POLICY, FetchFailed, type FetchPolicy, type Transport } from '../../src/feeds/fetch';
import { nodeTransport } from '../../src/feeds/node-transport';
import { inventedArticles, startFeedServer, type FeedServer } from './server';

let server: FeedServer;
beforeAll(async () => {
  server = await startFeedServer(inventedArticles());
});
afterAll(() => server.close());

const testPolicy: FetchPolicy = { ...DEFAULT_POLICY, allowPrivate: true, connectTimeoutMs: 800, readTimeoutMs: 800, totalTimeoutMs: 3000, maxBytes: 1024 * 1024 };
const local = nodeTransport(true);

async function failure(promise: Promise<unknown>): Promise<FetchFailed> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(FetchFailed);
  return error as FetchFailed;
}

describe('limits', () => {
  it('fetches a feed and names flowline in the User-Agent', async () => {
    const got = await carefulFetch(`${server.url}/rss.xml`, { ...testPolicy, userAgent: 'flowline/0.1 (news feed reader; +mailto:desk@example.org)' }, local);
    expect(got.status).toBe(200);
    expect(new TextDecoder().decode(got.bytes!)).toContain('<rss');
    expect(server.lastHeaders('/rss.xml')?.['user-agent']).toBe('flowline/0.1 (news feed reader; +mailto:desk@example.org)');
  });

  it('answers 304 to a conditional GET with the ETag it got', async () => {
    const first = await carefulFetch(`${server.url}/atom.xml`, testPolicy, local);
    const again = await carefulFetch(`${server.url}/atom.xml`, testPolicy, local, { etag: first.headers.get('etag') });
    expect(again.status).toBe(304);
    expect(again.bytes).toBeNull();
    const byDate = await carefulFetch(`${server.url}/atom.xml`, testPolicy, local, { lastModified: first.headers.get('last-modified') });
    expect(byDate.status).toBe(304);
  });

  it('gives up on a server that never answers, as a failure worth retrying', async () => {
    const started = Date.now();
    const error = await failure(carefulFetch(`${server.url}/silent.xml`, testPolicy, local));
    expect(error.message).toMatch(/no answer within 0\.8 s/);
    expect(error.transient).toBe(true);
    expect(Date.now() - started).toBeLessThan(2500);
  });

  it('gives up on a body that stops arriving, and on one that drips forever', async () => {
    expect((await failure(carefulFetch(`${server.url}/slow.xml`, testPolicy, local))).message).toMatch(/sent nothing for 0\.8 s mid-body/);
    expect((await failure(carefulFetch(`${server.url}/drip.xml`, testPolicy, local))).message).toMatch(/still sending after 3 s/);
  });

  it('stops reading an endless body at the cap, and refuses a declared giant before reading', async () => {
    const endless = await failure(carefulFetch(`${server.url}/huge.xml`, testPolicy, local));
    expect(endless.message).toMatch(/more than 1 MB, over the 1 MB limit/);
    expect(endless.transient).toBe(false);
    expect((await failure(carefulFetch(`${server.url}/huge-declared.xml`, testPolicy, local))).message).toMatch(/is 100 MB, over the 1 MB limit/);
  });

  it('follows redirects up to the cap and refuses loops', async () => {
    const followed = await carefulFetch(`${server.url}/redirect/3`, testPolicy, local);
    expect(followed.url).toBe(`${server.url}/rss.xml`);
    expect((await failure(carefulFetch(`${server.url}/redirect/6`, testPolicy, local))).message).toMatch(/more than 5 redirects/);
    expect((await failure(carefulFetch(`${server.url}/loop`, testPolicy, local))).message).toMatch(/more than 5 redirects/);
  });

  it('says what a failing server answered, and which failures are worth retrying', async () => {
    const gone = await failure(carefulFetch(`${server.url}/articles/missing`, testPolicy, local));
    expect(gone.message).toMatch(/not found \(HTTP 404\)/);
    expect(gone.transient).toBe(false);
    const down = await failure(carefulFetch(`${server.url}/unavailable`, testPolicy, local));
    expect(down.message).toMatch(/HTTP 503/);
    expect(down.transient).toBe(true);
  });
});

describe('addresses', () => {
  const strict: FetchPolicy = { ...testPolicy, allowPrivate: false };

  it('refuses loopback written as an address, without connecting', async () => {
    const before = server.hits('/rss.xml');
    const error = await failure(carefulFetch(`${server.url}/rss.xml`, strict, nodeTransport(false)));
    expect(error.message).toMatch(/points at 127\.0\.0\.1, loopback/);
    expect(server.hits('/rss.xml')).toBe(before);
  });

  it('refuses a name that resolves to loopback, at connect time', async () => {
    const before = server.hits('/rss.xml');
    const error = await failure(carefulFetch(server.url.replace('127.0.0.1', 'localhost') + '/rss.xml', strict, nodeTransport(false)));
    expect(error.message).toMatch(/localhost resolves to (127\.0\.0\.1|::1), loopback/);
    expect(error.transient).toBe(false);
    expect(server.hits('/rss.xml')).toBe(before);
  });

  it('checks every redirect hop: a public page redirecting to the metadata service is refused', async () => {
    // The site is reached under a public-looking name (routed to the local server), so only the
    // redirect's target can be the problem.
    const asPublicSite: Transport = (url, init) => local(new URL(url.href.replace('http://news.example', server.url)), init);
    const error = await failure(carefulFetch('http://news.example/to-metadata', strict, asPublicSite));
    expect(error.message).toMatch(/redirected from http:\/\/news\.example\/to-metadata\) points at 169\.254\.169\.254, link-local/);
  });

  it('fetches only http and https', async () => {
    for (const address of ['file:///etc/passwd', 'ftp://example.org/feed.xml', 'gopher://example.org/']) {
      expect((await failure(carefulFetch(address, strict, local))).message).toMatch(/flowline fetches only http: and https:/);
    }
  });
});
