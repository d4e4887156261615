// The series picker and search on the generated archive (test/support/archive.ts: 2,000 articles,
// 50+ series) in chromium against the real Node server: series grouped by entity with counts and
// date ranges, and a search that finds a sentence among hundreds of matching articles, paged.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { DocumentResponse, SeriesListResponse } from '../../src/api/types';
import type { SearchResponse } from '../../src/api/response-schemas-find';
import { archiveDatabase } from '../support/archive';
import { startServer, type RunningServer } from '../support/server';
import { ARTIFACTS, NAME_SHIM, ensureBuilt, hasChromium, launch } from './harness';
import { deepText } from './measure';

// One of the archive's filler sentences: in every fifth article, so hundreds match.
const WORDS = 'tankers waiting berth';
const SENTENCE = 'Shipping agents said tankers were waiting to berth after bad weather.';

describe.skipIf(!hasChromium())('finding in a 2,000-article archive', () => {
  let server: RunningServer;
  let browser: Browser;
  let close: () => Promise<void>;
  let db: Awaited<ReturnType<typeof archiveDatabase>>;
  let page: Page;
  const errors: string[] = [];
  const api = async <T>(path: string) => (await (await fetch(`${server.url}${path}`)).json()) as T;

  beforeAll(async () => {
    await ensureBuilt();
    db = await archiveDatabase();
    server = await startServer({ env: { DATABASE_URL: db.url } });
    ({ browser, close } = await launch());
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.addInitScript(NAME_SHIM);
    page = await context.newPage();
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${server.url}/`);
    await page.locator('series-picker input[type="search"]').waitFor();
  }, 180_000);

  afterAll(async () => {
    await close?.();
    await server?.stop();
    db?.cleanup();
  });

  it('groups 50+ series by entity, each with its count and date range', async () => {
    const { series } = await api<SeriesListResponse>('/api/series?limit=1000');
    expect(series.length).toBeGreaterThanOrEqual(50);
    const groups = page.locator('series-picker details');
    const entities = new Set(series.map((s) => s.label.split(' · ')[0]));
    expect(await groups.count()).toBe(entities.size);
    const s = [...series].sort((a, b) => b.observations - a.observations)[0]!;
    const row = page.locator('series-picker .row', { has: page.locator(`input[value="${s.id}"]`) });
    expect(await deepText(row.locator('.count'))).toBe(s.observations.toLocaleString('en-US'));
    expect(await deepText(row.locator('.dates'))).toBe(`${s.first} – ${s.last}`);
  });

  it('finds the sentence among hundreds of articles, marks the words, and pages', async () => {
    const expected = await api<SearchResponse>(`/api/search?q=${encodeURIComponent(WORDS)}&limit=10`);
    expect(expected.total).toBeGreaterThan(100);
    await page.locator('series-picker input[type="search"]').fill(WORDS);
    const items = page.locator('search-results li');
    await expect.poll(() => items.count(), { timeout: 10_000 }).toBe(10);
    const first = items.first();
    expect(await deepText(first.locator('q.sentence'))).toBe(SENTENCE);
    expect(await first.locator('mark').allInnerTexts()).toEqual(['tankers', 'waiting', 'berth']);
    const doc = await api<DocumentResponse>(`/api/documents/${expected.documents[0]!.id}`);
    expect(doc.document.text).toContain(SENTENCE);
    expect(await deepText(page.locator('search-results .pages span'))).toBe(`1–10 of ${expected.total.toLocaleString('en-US')}`);
    await page.screenshot({ path: `${ARTIFACTS}/search-archive.png` });

    const firstPage = await items.locator('strong').allInnerTexts();
    await page.locator('search-results').getByRole('button', { name: 'Next' }).click();
    await expect.poll(() => deepText(page.locator('search-results .pages span'))).toBe(`11–20 of ${expected.total.toLocaleString('en-US')}`);
    const secondPage = await items.locator('strong').allInnerTexts();
    expect(secondPage.filter((t) => firstPage.includes(t))).toEqual([]);
    expect(errors).toEqual([]);
  });
});
