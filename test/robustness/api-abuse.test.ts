// Abuse of the HTTP API: fuzzed query parameters and path ids, odd methods, oversized and
// malformed bodies, writes without the token, random article texts. Whatever comes in, the answer
// is never a 500, and every error is the one JSON error shape.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inProcessApp, type InProcess } from '../support/app';
import { seedArticles } from '../support/seeds';
import { tempDbUrl } from '../support/temp';
import { prng } from '../../scripts/bench/corpus';

const TOKEN = 'abuse-test-token';
const MAX_BODY = 256 * 1024;
let target: InProcess;
let temp: ReturnType<typeof tempDbUrl>;
let seriesId = 'none';

beforeAll(async () => {
  temp = tempDbUrl();
  target = await inProcessApp(temp.url, { token: TOKEN, maxBodyBytes: MAX_BODY });
  for (const seed of seedArticles()) {
    const res = await post({ text: seed.text, title: seed.title, source: seed.source, url: seed.url, published: seed.published });
    expect(res.status, await res.clone().text()).toBe(201);
  }
  const list = (await (await target.fetch('/api/series?limit=1')).json()) as { series: Array<{ id: string }> };
  seriesId = list.series[0]?.id ?? 'none';
});
afterAll(() => {
  target?.database.close();
  temp?.cleanup();
});

function post(body: unknown, headers: Record<string, string> = { Authorization: `Bearer ${TOKEN}` }): Promise<Response> {
  return target.fetch('/api/documents', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

/** Not a 500, and an error (if it is one) in the shape {error: {status, code, message, issues?}}. */
async function expectHandled(res: Response, what: string): Promise<void> {
  const text = await res.text();
  expect(res.status, `${what} → ${res.status} ${text.slice(0, 300)}`).toBeLessThan(500);
  if (res.status >= 400) {
    expect(res.headers.get('content-type'), what).toMatch(/^application\/json/);
    const body = JSON.parse(text) as { error: { status: number; code: string; message: string } };
    expect(Object.keys(body), what).toEqual(['error']);
    expect(body.error.status, what).toBe(res.status);
    expect(body.error.message.length, what).toBeGreaterThan(10);
  }
}


// Values already percent-encoded where needed, so they reach the app exactly as written.
const NASTY = [
  '', '%20', 'null', 'undefined', '-1', '0', '1.5', '1e309', '-1e309', '99999999999999999999999', 'NaN', 'Infinity', '0x10',
  '9007199254740993', '2017-02-30', '0000-00-00', '9999-12-31', '2017-1-1', '20171016', 'level,derived', 'level,,,', '%2C', 'LEVEL',
  'bbl%2Fd', "%27%20OR%201%3D1%20--", '%22%3B%20DROP%20TABLE%20figures%3B%20--', "1'%3B%20DELETE%20FROM%20documents%3B--",
  '..%2F..%2Fetc%2Fpasswd', '..%252F..%252Fpackage.json', '%00', '%', '%zz', '%ED%A0%80', '%FF%FE', '%C0%AF',
  '%3Cscript%3Ealert(1)%3C%2Fscript%3E', '%F0%9F%98%80', 'a'.repeat(5000), '1'.repeat(400), '%25', '*', '%5B%5D', '__proto__',
  'constructor', '%E2%80%AE', '%0D%0ASet-Cookie%3A%20x%3D1',
];
const PARAMS = ['unit', 'q', 'limit', 'offset', 'from', 'to', 'kinds', 'bom', 'series', 'event', 'window', 'id', '__proto__', 'limit[]'];
const IDS = [
  '..', '..%2F..%2Fpackage.json', '%2e%2e%2f%2e%2e%2fetc%2fpasswd', 'a'.repeat(3000), '-1', '0', '1e3', '9007199254740993', '99999999999999999999',
  '%00', '%ED%A0%80', 'SELECT%20*', '1%20OR%201%3D1', '%3Cimg%20src%3Dx%3E', 'nope', 'UPPER', 'x.csv.csv', '.csv', '1.5',
];
const ROUTES = ['/api/series', '/api/series/ID', '/api/series/ID.csv', '/api/figures.csv', '/api/events', '/api/compare', '/api/documents', '/api/documents/ID', '/api/health', '/api/openapi.json'];

describe('fuzzed query parameters and ids', () => {
  it('never get a 500 on any read route', { timeout: 120_000 }, async () => {
    const random = prng(20171016);
    const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
    const cases: string[] = [];
    for (let i = 0; i < 600; i++) {
      const route = pick(ROUTES).replace('ID', random() < 0.3 ? (route_id(random) ?? seriesId) : pick(IDS));
      const query = Array.from({ length: 1 + Math.floor(random() * 4) }, () => `${pick(PARAMS)}=${pick(NASTY)}`).join('&');
      cases.push(`${route}?${query}`);
    }
    // Every parameter of every route with every nasty value, once, on top of the random mix.
    for (const route of ['/api/series', `/api/series/${seriesId}`, `/api/series/${seriesId}.csv`, '/api/figures.csv', '/api/compare', '/api/documents']) {
      for (const param of PARAMS) for (const value of NASTY) cases.push(`${route}?${param}=${value}`);
    }
    for (const id of IDS) cases.push(`/api/series/${id}`, `/api/series/${id}.csv`, `/api/documents/${id}`, `/api/compare?series=${id}&event=${id}`);
    // A pathological query would show as this test running into its timeout, not as a timed assertion.
    for (const path of cases) await expectHandled(await target.fetch(path), `GET ${path.slice(0, 200)}`);
  });

  it('keeps the data intact after all that (no SQL got through)', async () => {
    const docs = (await (await target.fetch('/api/documents')).json()) as { total: number };
    expect(docs.total).toBe(seedArticles().length);
    const series = await target.fetch(`/api/series/${seriesId}`);
    expect(series.status).toBe(200);
  });

  it('answers other methods with 404/405 in the error shape', async () => {
    for (const method of ['PUT', 'PATCH', 'DELETE', 'OPTIONS']) {
      for (const path of ['/api/series', `/api/series/${seriesId}`, '/api/documents', '/api/documents/1', '/api/nope']) {
        await expectHandled(await target.fetch(path, { method }), `${method} ${path}`);
      }
    }
  });
});

function route_id(random: () => number): string | null {
  return random() < 0.5 ? null : String(Math.floor(random() * 10));
}

describe('writes', () => {
  it('are refused without the token, with a wrong one, or a malformed header', async () => {
    const body = { text: 'Exports reached 100,000 barrels per day on Monday.' };
    for (const headers of [{} as Record<string, string>, { Authorization: 'Bearer wrong' }, { Authorization: TOKEN }, { Authorization: `Basic ${TOKEN}` }, { Authorization: `Bearer ${TOKEN} extra` }]) {
      const res = await post(body, headers);
      expect(res.status, JSON.stringify(headers)).toBe(401);
      await expectHandled(res, JSON.stringify(headers));
    }
  });

  it('are off (403) when the server has no token, whatever is sent', async () => {
    const t = tempDbUrl();
    const readOnly = await inProcessApp(t.url, { token: null });
    try {
      for (const auth of [undefined, 'Bearer ', 'Bearer null', 'Bearer undefined']) {
        const res = await readOnly.fetch('/api/documents', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', ...(auth === undefined ? {} : { Authorization: auth }) },
          body: JSON.stringify({ text: 'Flows were 5 barrels per day.' }),
        });
        expect(res.status).toBe(403);
      }
    } finally {
      readOnly.database.close();
      t.cleanup();
    }
  });

  it('refuse an oversized body, declared or streamed without a length, before reading it all', async () => {
    const big = JSON.stringify({ text: 'Flows were 5 barrels per day. '.repeat(MAX_BODY / 10) });
    const declared = await post(big);
    expect(declared.status).toBe(413);
    await expectHandled(declared, 'declared');

    let sent = 0;
    const chunk = new TextEncoder().encode('x'.repeat(64 * 1024));
    const stream = new ReadableStream<Uint8Array>({
      start(c) {
        c.enqueue(new TextEncoder().encode('{"text": "'));
      },
      pull(c) {
        // 64 MB if nobody stops reading; the limit should stop it long before.
        if (sent > 64 * 1024 * 1024) return c.close();
        sent += chunk.length;
        c.enqueue(chunk);
      },
    });
    const chunked = await target.fetch('/api/documents', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${TOKEN}` },
      body: stream,
      duplex: 'half',
    } as RequestInit);
    expect(chunked.status).toBe(413);
    await expectHandled(chunked, 'chunked');
    expect(sent).toBeLessThan(8 * MAX_BODY);

    // Without the token, a big body is refused for the token, not read.
    const anonymous = await post(big, {});
    expect(anonymous.status).toBe(401);
  });

  it('refuse malformed and ill-typed bodies with a 400 naming the field, never a 500', { timeout: 60_000 }, async () => {
    const bodies: unknown[] = [
      '', '{', '[]', 'null', '"text"', '{"text": "a"', '{"text": "\\ud800 lone surrogate, 5 bpd"}', '\u0000',
      { text: 42 }, { text: ['a'] }, { text: { nested: 'x' } }, { text: '' }, { text: '   \n  ' }, { text: 'ok 5 bpd', title: 7 },
      { text: 'ok 5 bpd', url: 'javascript:alert(1)' }, { text: 'ok 5 bpd', url: 'data:text/html,<script>1</script>' },
      { text: 'ok 5 bpd', url: '//evil.example/x' }, { text: 'ok 5 bpd', published: '2017-13-45' }, { text: 'ok 5 bpd', published: 'yesterday' },
      { text: 'ok 5 bpd', published: 20171016 }, { text: 'ok 5 bpd', title: 'x'.repeat(5000) }, '{"text": "ok 5 bpd", "__proto__": {"polluted": true}}',
      { text: 'ok 5 bpd', constructor: { prototype: { polluted: true } } },
    ];
    for (const body of bodies) {
      const res = await post(body);
      await expectHandled(res, `POST ${JSON.stringify(body).slice(0, 80)}`);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    for (const bad of [{ text: 'ok 5 bpd', url: 'javascript:alert(1)' }, { text: 'ok 5 bpd', published: '2017-13-45' }, { text: 42 }]) {
      expect((await post(bad)).status, JSON.stringify(bad)).toBe(400);
    }
    const wrongType = await target.fetch('/api/documents', { method: 'POST', headers: { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'text/plain' }, body: 'Flows 5 bpd' });
    expect(wrongType.status).toBe(415);
  });

  it('survive random article texts (the extractor fuzzed through the API)', { timeout: 120_000 }, async () => {
    const random = prng(42);
    const pieces = [
      '300,000', '1.2 million', '$58', '58 dollars', 'bpd', 'barrels per day', 'b/d', 'kb/d', '%', 'percent', 'half', 'twice',
      'about', 'between', 'and', 'to', 'from', 'fell', 'rose', 'by', 'on Tuesday', 'last month', 'since Oct. 17', 'before the takeover',
      'Kirkuk', 'Ceyhan', 'the pipeline', 'it', '.', ',', ';', '(', ')', '"', '—', '\n', '\r\n', '\u00a0', '\ufeff', '1e9', '0.0000001',
      '999999999999999999999999', '-', '--', '…', '٣٠٠٬٠٠٠', '３００', 'Q3', '2017', '17', '1/2', '½', '<script>', '&amp;', '\t',
      'billion', 'trillion', 'dinars', 'IQD', 'Brent', 'per cent', 'mn', 'k', 'M', 'bn',
    ];
    for (let i = 0; i < 150; i++) {
      const n = 1 + Math.floor(random() * 80);
      const text = `X ${Array.from({ length: n }, () => pieces[Math.floor(random() * pieces.length)]).join(random() < 0.5 ? ' ' : '')} ${i}`;
      const published = random() < 0.5 ? '2017-10-16' : null;
      const res = await post({ text, published });
      const what = `POST text ${JSON.stringify(text).slice(0, 300)}`;
      await expectHandled(res, what);
      expect([200, 201], what).toContain(res.status);
    }
  });
});
