// Chromium (Debian's, driven by playwright-core) and a way to serve the built dashboard with the
// in-memory fixture API instead of a real server.
import { mkdtempSync, readFileSync, existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { chromium, type Browser, type Page, type Route } from 'playwright-core';
import type { Point, SeriesSummary } from '../../src/api/types';
import { FIXTURE, FIXTURE_EVENTS, chartDataResponse, compare, seriesList, seriesResponse, summaryOf } from './fixtures/api-fixture';

export const CHROMIUM = '/usr/bin/chromium';
export const PUBLIC_DIR = resolve(import.meta.dirname, '../../dist/public');
export const ARTIFACTS = resolve(import.meta.dirname, '../artifacts');

/** Whether the browser is installed; for reports (the bench) that say what they could not measure. */
export function chromiumInstalled(path = CHROMIUM): boolean {
  return existsSync(path);
}

/**
 * Whether browser tests can run (`describe.skipIf(!hasChromium())`). On a developer's machine a
 * missing chromium skips them; under CI (CI=true) it throws, which fails the test file with this
 * message, so a CI run can never pass by skipping every browser test in silence.
 */
export function hasChromium(path = CHROMIUM, env: Record<string, string | undefined> = process.env): boolean {
  if (existsSync(path)) return true;
  if (env.CI === 'true' || env.CI === '1') {
    throw new Error(
      `${path} is missing and CI=${env.CI}: browser tests refuse to skip under CI. Install Debian's chromium (apt-get install -y chromium), or unset CI to skip them on a machine without it.`,
    );
  }
  return false;
}

export async function launch(): Promise<{ browser: Browser; close(): Promise<void> }> {
  const config = mkdtempSync(join(tmpdir(), 'flowline-chromium-'));
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
    env: { ...process.env, XDG_CONFIG_HOME: config, XDG_CACHE_HOME: config, HOME: config },
  });
  return {
    browser,
    close: async () => {
      await browser.close();
      rmSync(config, { recursive: true, force: true });
    },
  };
}

/** The origin the fixture pages pretend to live at; nothing listens there. */
export const FIXTURE_ORIGIN = 'http://flowline.fixture';

const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml' };

export interface FixtureOptions {
  points?: Point[];
  /** Make every API call fail with this status (0 = connection refused). */
  apiDown?: number;
}

/**
 * tsx (esbuild keepNames) wraps named functions in `__name(…)`; functions we hand to
 * page.evaluate carry that call into the page, so give the page a do-nothing __name.
 */
export const NAME_SHIM = 'globalThis.__name = globalThis.__name || ((f) => f);';

/** Serves dist/public and an in-memory API at FIXTURE_ORIGIN for this page. */
export async function routeFixture(page: Page, options: FixtureOptions = {}): Promise<void> {
  await page.addInitScript(NAME_SHIM);
  const points = options.points ?? FIXTURE.points;
  const summaries = new Map<string, SeriesSummary>();
  const summarize = (id: string) => summaries.get(id) ?? summaries.set(id, summaryOf(id, points)).get(id)!;
  await page.route(`${FIXTURE_ORIGIN}/**`, async (route: Route) => {
    const url = new URL(route.request().url());
    if (!url.pathname.startsWith('/api/')) {
      const file = join(PUBLIC_DIR, url.pathname === '/' ? 'index.html' : url.pathname);
      if (!file.startsWith(PUBLIC_DIR) || !existsSync(file)) return route.fulfill({ status: 404, body: 'not found' });
      return route.fulfill({ status: 200, contentType: TYPES[extname(file)] ?? 'application/octet-stream', body: readFileSync(file) });
    }
    if (options.apiDown === 0) return route.abort('connectionrefused');
    if (options.apiDown) {
      return route.fulfill({ status: options.apiDown, json: { error: { status: options.apiDown, code: 'unavailable', message: 'The database is not reachable; check DATABASE_URL and restart the server.' } } });
    }
    const q = url.searchParams;
    const path = url.pathname.slice('/api/'.length);
    let m: RegExpExecArray | null;
    if (path === 'series') return route.fulfill({ json: seriesList(points, summarize) });
    if (path === 'events') return route.fulfill({ json: { events: FIXTURE_EVENTS } });
    if ((m = /^series\/([a-z0-9-]+)$/.exec(path))) return route.fulfill({ json: seriesResponse(points, m[1]!, q.get('from'), q.get('to'), summarize) });
    if (path === 'chart-data') return route.fulfill({ json: chartDataResponse(points, (q.get('series') ?? '').split(','), q.get('from'), q.get('to'), summarize) });
    if (path === 'chart-data/evidence') {
      const ids = new Set((q.get('figures') ?? '').split(',').map(Number));
      return route.fulfill({ json: { points: points.filter((p) => ids.has(p.id)).sort((a, b) => a.id - b.id) } });
    }
    if (path === 'compare') {
      const r = compare(points, q.get('series') ?? '', q.get('event') ?? '', Number(q.get('window') ?? 30), summarize);
      return r ? route.fulfill({ json: r }) : route.fulfill({ status: 404, json: { error: { status: 404, code: 'not_found', message: 'No such event.' } } });
    }
    if ((m = /^documents\/(\d+)$/.exec(path))) {
      const doc = FIXTURE.documents[Number(m[1]) - 1];
      return doc ? route.fulfill({ json: doc }) : route.fulfill({ status: 404, json: { error: { status: 404, code: 'not_found', message: 'No such document.' } } });
    }
    return route.fulfill({ status: 404, json: { error: { status: 404, code: 'not_found', message: `No route ${path}` } } });
  });
}

/** `npx vitest run test/browser` on its own needs the built dashboard; `npm test` builds it first. */
export async function ensureBuilt(): Promise<void> {
  if (existsSync(join(PUBLIC_DIR, 'index.html'))) return;
  const { build } = await import('vite');
  await build({ configFile: resolve(import.meta.dirname, '../../vite.config.ts'), logLevel: 'warn' });
}
