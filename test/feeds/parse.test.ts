import { describe, expect, it } from 'vitest';
import { itemDate } from '../../src/feeds/item-date';
import { NotAFeed, parseFeed } from '../../src/feeds/parse';
import { atom, inventedArticles, rss } from './server';

const BASE = 'https://news.example';

describe('parseFeed', () => {
  it('reads an RSS 2.0 feed: title, links, guids, dates as the publisher wrote them', () => {
    const feed = parseFeed(rss('Energy &amp; Markets', BASE, inventedArticles()), `${BASE}/rss.xml`);
    expect(feed.format).toBe('rss');
    expect(feed.title).toBe('Energy & Markets');
    expect(feed.items).toEqual([
      { key: 'northern-pipeline-flows', link: `${BASE}/articles/northern-pipeline-flows`, title: 'Northern pipeline flows recover', published: '2023-03-14' },
      { key: 'southern-port-loadings', link: `${BASE}/articles/southern-port-loadings`, title: 'Southern port loadings slip', published: '2023-03-15' },
      { key: 'budget-revenue', link: `${BASE}/articles/budget-revenue`, title: 'Oil revenue steady', published: '2023-03-16' },
    ]);
    expect(feed.problems).toEqual([]);
  });

  it('reads an Atom feed: the alternate link, not self; published before updated', () => {
    const xml = atom('Desk', BASE, [{ slug: 'a', title: 'A', published: '2023-03-14T23:30:00-05:00', body: '' }]).replace(
      '<link rel="alternate"',
      '<updated>2023-03-20T00:00:00Z</updated><link rel="edit" href="/edit/a"/><link rel="alternate"',
    );
    const feed = parseFeed(xml, `${BASE}/atom.xml`);
    expect(feed.format).toBe('atom');
    expect(feed.title).toBe('Desk');
    expect(feed.items).toEqual([{ key: 'urn:test:a', link: `${BASE}/articles/a`, title: 'A', published: '2023-03-14' }]);
  });

  it('resolves relative links against the feed address', () => {
    const xml = '<rss version="2.0"><channel><title>T</title><item><link>/story/1</link></item></channel></rss>';
    expect(parseFeed(xml, 'https://news.example/feeds/all.xml').items[0]?.link).toBe('https://news.example/story/1');
  });

  it('skips a broken item with a reason and keeps the others', () => {
    const good = '<item><title>Good</title><link>https://news.example/good</link><pubDate>Mon, 13 Mar 2023 10:00:00 GMT</pubDate></item>';
    const noLink = '<item><title>No link</title><description>text</description></item>';
    const future = '<item><title>From the future</title><link>https://news.example/f</link><pubDate>Fri, 01 Jan 2099 00:00:00 GMT</pubDate></item>';
    const badDate = '<item><title>Bad date</title><link>https://news.example/b</link><pubDate>sometime soon</pubDate></item>';
    const feed = parseFeed(`<rss version="2.0"><channel><title>T</title>${good}${noLink}${future}${badDate}</channel></rss>`, BASE);
    expect(feed.items.map((i) => i.title)).toEqual(['Good']);
    expect(feed.problems).toEqual([
      'item 2 ("No link") has no link to an article; skipped',
      expect.stringMatching(/^item 3 \("From the future"\): its date: published "2099-01-01" is in the future/),
      expect.stringMatching(/^item 4 \("Bad date"\): its date "sometime soon" is neither an RFC 822 date/),
    ]);
  });

  it('refuses what is not a feed, and a feed cut off in transit', () => {
    expect(() => parseFeed('<!doctype html><html><body>hi</body></html>', BASE)).toThrow(/an HTML page, not a feed/);
    expect(() => parseFeed('{"items": []}', BASE)).toThrow(/JSON, not a feed/);
    expect(() => parseFeed(rss('T', BASE, inventedArticles()).slice(0, 300), BASE)).toThrow(NotAFeed);
    expect(() => parseFeed(atom('T', BASE, inventedArticles()).slice(0, 300), BASE)).toThrow(/cut-off Atom feed/);
  });
});

describe('itemDate', () => {
  const now = new Date('2026-12-07T12:00:00Z');
  it.each([
    ['Tue, 24 Oct 2017 08:00:00 +0300', '2017-10-24'],
    ['24 Oct 2017 23:59 EST', '2017-10-24'],
    ['Tue, 24 Oct 17 08:00:00 GMT', '2017-10-24'],
    ['2017-10-24T23:30:00-05:00', '2017-10-24'],
    ['2017-10-24', '2017-10-24'],
  ])('%s → %s', (written, date) => {
    expect(itemDate(written, now)).toEqual({ ok: true, published: date });
  });

  it('refuses impossible and future dates, and keeps a missing one as unknown', () => {
    expect(itemDate('Mon, 31 Feb 2020 00:00:00 GMT', now)).toMatchObject({ ok: false, message: expect.stringMatching(/not a real calendar date/) });
    expect(itemDate('Fri, 01 Jan 2027 00:00:00 GMT', now)).toMatchObject({ ok: false, message: expect.stringMatching(/in the future/) });
    expect(itemDate(null, now)).toEqual({ ok: true, published: null });
  });
});
