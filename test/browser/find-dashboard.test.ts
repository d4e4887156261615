// Finding and adding in chromium against the real Node server on the generated archive
// (test/support/archive.ts: 2,000 articles, 50+ series; the seeds ingested too; writes on): the
// series picker's search shows the sentence that matched; an article pasted in one page, previewed
// with its figures marked and saved, appears in a second open page without a reload, and so does
// an event added from the browser. Screenshots land in test/artifacts/.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import type { Browser, Page } from 'playwright-core';
import type { SearchResponse } from '../../src/api/response-schemas-find';
import type { EventsResponse } from '../../src/api/types';
import { PROJECT_ROOT } from '../../src/db/client';
import { archiveDatabase } from '../support/archive';
import { startServer, type RunningServer } from '../support/server';
import { tempDir } from '../support/temp';
import { ARTIFACTS, NAME_SHIM, ensureBuilt, hasChromium, launch } from './harness';
import { deepText } from './measure';

const TOKEN = 'find-browser-token';
// Invented: an unlisted pipeline name the gazetteer cannot know, so its series is new.
const ARTICLE = 'The Silver Qarvani Pipeline carried 61,000 bpd on Monday, its operator said. Repairs to a pump are due next week.';
const NEW_SERIES = 'silver-qarvani-pipeline-flow-bbl-d';

describe.skipIf(!hasChromium())('finding and adding in chromium against the real server', () => {
  let server: RunningServer;
  let browser: Browser;
  let close: () => Promise<void>;
  let db: Awaited<ReturnType<typeof archiveDatabase>>;
  const problems = new WeakMap<Page, string[]>();

  beforeAll(async () => {
    await ensureBuilt();
    mkdirSync(ARTIFACTS, { recursive: true });
    db = await archiveDatabase();
    server = await startServer({ env: { FLOWLINE_TOKEN: TOKEN, DATABASE_URL: db.url } });
    ({ browser, close } = await launch());
  }, 180_000);

  afterAll(async () => {
    await close?.();
    await server?.stop();
    db?.cleanup();
  });

  async function open(query = ''): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.addInitScript(NAME_SHIM);
    const page = await context.newPage();
    const seen: string[] = [];
    problems.set(page, seen);
    page.on('pageerror', (e) => seen.push(`pageerror: ${e.message}`));
    page.on('console', (m) => m.type() === 'error' && seen.push(`console: ${m.text()}`));
    await page.goto(`${server.url}/${query}`);
    await page.locator('series-picker input[type="search"]').waitFor();
    return page;
  }

  it('searches the articles and shows the sentence that matched, the words marked', async () => {
    const expected = (await (await fetch(`${server.url}/api/search?q=ceyhan`)).json()) as SearchResponse;
    expect(expected.total).toBeGreaterThan(0);
    const page = await open();
    await page.locator('series-picker input[type="search"]').fill('ceyhan');
    const first = page.locator('search-results li').first();
    await expect.poll(() => first.count(), { timeout: 10_000 }).toBe(1);
    expect(await deepText(first.locator('q.sentence'))).toBe(expected.documents[0]!.sentence.text.replace(/\s+/g, ' ').trim());
    expect((await first.locator('mark').allInnerTexts()).map((t) => t.toLowerCase())).toContain('ceyhan');
    expect(await page.locator('search-results li').count()).toBe(Math.min(10, expected.total));
    await page.screenshot({ path: `${ARTIFACTS}/search.png` });

    await first.getByRole('button', { name: 'Open article' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('doc')).toBe(String(expected.documents[0]!.id));
    expect(problems.get(page)).toEqual([]);
    await page.context().close();
  });

  it('keeps pins in the URL', async () => {
    const page = await open();
    // The shown series' group is open; with 50+ series the others start folded.
    const pin = page.locator('series-picker .row', { has: page.locator('input:checked') }).locator('button.pin').first();
    await pin.click();
    await expect.poll(() => new URL(page.url()).searchParams.get('pins')).toMatch(/^[a-z0-9-]+$/);
    const pinned = new URL(page.url()).searchParams.get('pins')!;
    const again = await open(`?pins=${pinned}`);
    await expect.poll(() => deepText(again.locator('series-picker'))).toMatch(/^.*Pinned/);
    // Listed twice, under Pinned and in its entity's group; both say pinned, and nothing else does.
    const labels = await again.locator('series-picker button.pin[aria-pressed="true"]').evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')));
    expect(labels.length).toBe(2);
    expect(new Set(labels).size).toBe(1);
    await page.context().close();
    await again.context().close();
  });

  it("shows a pasted article's figures before saving, and a second page gets them without a reload", async () => {
    const reader = await open();
    // A reload would lose this and scroll the page back to the top.
    await reader.evaluate(() => ((window as unknown as { keep: number }).keep = 42));
    const writer = await open();
    await writer.getByText('Add news and events').click();
    const paste = writer.locator('article-paste');
    await paste.waitFor();
    await writer.locator('add-panel input[name="token"]').fill(TOKEN);
    await paste.locator('textarea[name="text"]').fill(ARTICLE);
    await paste.locator('input[name="title"]').fill('Silver Qarvani restart');
    await paste.locator('input[name="published"]').fill('2021-03-12');
    await paste.getByRole('button', { name: 'Preview figures' }).click();
    await expect.poll(() => paste.locator('.text mark').allInnerTexts(), { timeout: 10_000 }).toEqual(['61,000 bpd']);
    expect(await reader.locator(`series-picker input[value="${NEW_SERIES}"]`).count()).toBe(0);
    await writer.screenshot({ path: `${ARTIFACTS}/paste-preview.png`, fullPage: true });

    await paste.getByRole('button', { name: 'Save article' }).click();
    await expect.poll(() => deepText(paste.locator('[role="status"]'))).toMatch(/^Saved as document \d+ with 1 figures/);
    await expect.poll(() => reader.locator(`series-picker input[value="${NEW_SERIES}"]`).count(), { timeout: 15_000 }).toBe(1);
    expect(await reader.evaluate(() => (window as unknown as { keep?: number }).keep)).toBe(42);

    await reader.locator('series-picker details', { has: reader.locator(`input[value="${NEW_SERIES}"]`) }).locator('summary').click();
    await reader.locator(`series-picker input[value="${NEW_SERIES}"]`).check();
    await expect.poll(() => new URL(reader.url()).searchParams.get('series')).toContain(NEW_SERIES);
    await expect.poll(() => deepText(reader.locator('series-chart').first()), { timeout: 10_000 }).toBeTruthy();
    for (const p of [reader, writer]) expect(problems.get(p)).toEqual([]);
    await reader.context().close();
    await writer.context().close();
  });

  it('updates an open page in place when another process ingests, keeping its scroll and series', async () => {
    const reader = await open();
    const chosen = await reader.locator('series-picker input[name="series"]:checked').first().getAttribute('value');
    await reader.evaluate(() => ((window as unknown as { keep: number }).keep = 7));
    await reader.mouse.wheel(0, 200);
    await expect.poll(() => reader.evaluate(() => window.scrollY)).toBeGreaterThan(100);
    const scrolled = await reader.evaluate(() => window.scrollY);
    // Not at the very bottom: new data may fairly make the page shorter (a longer series name
    // rewraps the before/after panel), and the browser then clamps a bottom scroll.
    expect(scrolled).toBeLessThan(await reader.evaluate(() => document.documentElement.scrollHeight - window.innerHeight - 50));

    const folder = tempDir('flowline-find-ingest-');
    try {
      const file = join(folder.dir, 'copper-vale.txt');
      writeFileSync(file, 'The Copper Vale Pipeline carried 52,000 bpd on Friday, its operator said.\n');
      // The ingest CLI, a process of its own writing to the server's database file.
      await promisify(execFile)(process.execPath, ['--import', 'tsx', resolve(PROJECT_ROOT, 'scripts/ingest.ts'), '--published', '2021-03-15', file], {
        cwd: PROJECT_ROOT,
        env: { ...process.env, DATABASE_URL: server.databaseUrl },
      });
    } finally {
      folder.cleanup();
    }
    await expect.poll(() => reader.locator('series-picker input[value="copper-vale-pipeline-flow-bbl-d"]').count(), { timeout: 15_000 }).toBe(1);
    expect(await reader.evaluate(() => (window as unknown as { keep?: number }).keep)).toBe(7);
    expect(await reader.evaluate(() => window.scrollY)).toBe(scrolled);
    expect(await reader.locator(`series-picker input[value="${chosen}"]`).first().isChecked()).toBe(true);
    expect(problems.get(reader)).toEqual([]);
    await reader.context().close();
  });

  it('adds, edits and deletes an event from the browser; another page’s markers and before/after panel follow each', async () => {
    const reader = await open();
    const writer = await open();
    writer.on('dialog', (d) => void d.accept());
    await writer.getByText('Add news and events').click();
    await writer.locator('add-panel input[name="token"]').fill(TOKEN);
    await writer.getByRole('button', { name: 'Events' }).click();
    const editor = writer.locator('event-editor');
    // Inside the seeds' pipeline chart (2017-10-15 to 10-24), so the reader's chart marks it.
    await editor.locator('tr.new input[name="date"]').fill('2017-10-20');
    await editor.locator('tr.new input[name="label"]').fill('Pump fire at Silver Qarvani');
    await editor.getByRole('button', { name: 'Add event' }).click();
    const eventsOf = async () => ((await (await fetch(`${server.url}/api/events`)).json()) as EventsResponse).events.map((e) => e.label);
    await expect.poll(eventsOf).toContain('Pump fire at Silver Qarvani');
    await expect.poll(() => deepText(reader.locator('compare-panel')), { timeout: 15_000 }).toContain('Pump fire at Silver Qarvani');
    const marked = () => reader.locator('series-chart').first().evaluate((el) => (el as HTMLElementTagNameMap['series-chart']).drawnEvents().map((e) => e.label));
    await expect.poll(marked, { timeout: 15_000 }).toContain('Pump fire at Silver Qarvani');

    const row = editor.locator('tr', { hasText: 'Pump fire at Silver Qarvani' });
    await row.getByRole('button', { name: 'Edit' }).click();
    await editor.locator('tr input[name="label"]').first().fill('Pump fire at the Silver Qarvani station');
    await editor.getByRole('button', { name: 'Save' }).click();
    await expect.poll(eventsOf).toContain('Pump fire at the Silver Qarvani station');
    await expect.poll(() => deepText(reader.locator('compare-panel')), { timeout: 15_000 }).toContain('Pump fire at the Silver Qarvani station');

    await editor.locator('tr', { hasText: 'Silver Qarvani station' }).getByRole('button', { name: 'Delete' }).click();
    await expect.poll(eventsOf).not.toContain('Pump fire at the Silver Qarvani station');
    await expect.poll(() => deepText(reader.locator('compare-panel')), { timeout: 15_000 }).not.toContain('Pump fire');
    await expect.poll(marked, { timeout: 15_000 }).not.toContain('Pump fire at the Silver Qarvani station');
    for (const p of [reader, writer]) expect(problems.get(p)).toEqual([]);
    await reader.context().close();
    await writer.context().close();
  });
});
