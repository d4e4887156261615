// The dashboard in chromium against the real Node server (scripts/start.ts on a temp libSQL file
// with the seed articles ingested): what a person sees and can do, checked on the pixels, the URL
// and the downloads. Screenshots land in test/artifacts/ (desktop, 375 px, dark).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync } from 'node:fs';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import type { CompareResponse, DocumentResponse, Point, SeriesListResponse, SeriesResponse, SeriesSummary } from '../../src/api/types';
import { getJson } from '../support/get-json';
import { type RunningServer, startServer } from '../support/server';
import { ARTIFACTS, NAME_SHIM, ensureBuilt, hasChromium, launch } from './harness';
import { columnInk, deepText, firstChartMs, inkOf } from './measure';
import { parseCsv } from './csv';

const TAKEOVER = 'kirkuk-takeover';

describe.skipIf(!hasChromium())('dashboard in chromium against the real server', () => {
  let server: RunningServer;
  let browser: Browser;
  let close: () => Promise<void>;
  let pipeline: SeriesSummary;
  let all: SeriesSummary[];
  /** Console errors and CSP refusals per page: a working page has none. */
  const problems = new WeakMap<Page, string[]>();

  const api = <T>(path: string): Promise<T> => getJson<T>(server, path);

  beforeAll(async () => {
    await ensureBuilt();
    mkdirSync(ARTIFACTS, { recursive: true });
    server = await startServer();
    ({ browser, close } = await launch());
    all = (await api<SeriesListResponse>('/api/series?limit=1000')).series;
    // The seeds' headline series: the Kurdistan pipeline to Ceyhan, in barrels per day.
    const candidates = all.filter((s) => s.unit === 'bbl/d' && /kurdistan|kurdish|ceyhan/i.test(`${s.id} ${s.label}`));
    candidates.sort((a, b) => b.points - a.points);
    expect(candidates.length, `no Kurdistan pipeline series among: ${all.map((s) => s.id).join(', ')}`).toBeGreaterThan(0);
    pipeline = candidates[0]!;
  });

  afterAll(async () => {
    await close?.();
    await server?.stop();
  });

  async function open(query = '', options: BrowserContextOptions = {}): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true, ...options });
    await context.addInitScript(NAME_SHIM);
    const page = await context.newPage();
    const seen: string[] = [];
    problems.set(page, seen);
    page.on('pageerror', (e) => seen.push(`pageerror: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error') seen.push(`console: ${m.text()}`);
    });
    await page.goto(`${server.url}/${query}`);
    return page;
  }

  async function done(page: Page): Promise<void> {
    expect(problems.get(page)).toEqual([]);
    await page.context().close();
  }

  it('paints the trend chart with a marker for each event', async () => {
    // The server's very first queries are slow (JIT, connection pool); that is the server's
    // start-up, not the dashboard. Warm it with one load, then time a fresh browser context.
    // Other test files load the same 2 cores, so take the best of three fresh loads.
    const warm = await open(`?series=${pipeline.id}`);
    await firstChartMs(warm);
    await done(warm);
    const times: number[] = [];
    for (let i = 0; i < 2; i++) {
      const p = await open(`?series=${pipeline.id}`);
      times.push(await firstChartMs(p));
      await done(p);
    }
    const page = await open(`?series=${pipeline.id}`);
    times.push(await firstChartMs(page));
    // Speed is measured by `npm run bench` (scripts/bench/dashboard.ts), not asserted here: a timed
    // assertion on a shared 2-core CI machine fails at random. The figures are logged for a reader.
    console.log(`first chart painted ${times.map(Math.round).join(', ')} ms after navigation`);
    const chart = page.locator('series-chart').first();
    const canvas = chart.locator('canvas');
    expect((await inkOf(canvas)).ink).toBeGreaterThan(200);
    const events = await chart.evaluate((el) => (el as HTMLElementTagNameMap['series-chart']).drawnEvents());
    expect(events.map((e) => e.label)).toContain('Iraqi takeover of Kirkuk');
    const box = (await canvas.boundingBox())!;
    for (const e of events) expect(await columnInk(canvas, e.x)).toBeGreaterThan(box.height * 0.3);
    expect(await canvas.getAttribute('aria-label')).toMatch(new RegExp(`${pipeline.label}: \\d+ figures? from`));
    await page.screenshot({ path: `${ARTIFACTS}/desktop.png`, fullPage: true });
    await done(page);
  });

  it('shows the evidence of a point on hover and opens its article on click', async () => {
    const page = await open(`?series=${pipeline.id}`);
    await firstChartMs(page);
    const { points } = await api<SeriesResponse>(`/api/series/${pipeline.id}`);
    const chart = page.locator('series-chart').first();
    const shown = points.filter((p) => p.asOf && ['level', 'derived', 'share'].includes(p.kind));
    const at = await Promise.all(shown.map((p) => chart.evaluate((el, id) => (el as HTMLElementTagNameMap['series-chart']).pixelOf(id), p.id)));
    // A point with no other within 8 px, so the pointer can only mean that one.
    const i = at.findIndex((a, k) => a && at.every((b, j) => j === k || !b || Math.hypot(a.x - b.x, a.y - b.y) > 8));
    expect(i, 'every point overlaps another').toBeGreaterThanOrEqual(0);
    const p: Point = shown[i]!;
    const box = (await chart.locator('canvas').boundingBox())!;
    await page.mouse.move(box.x + at[i]!.x, box.y + at[i]!.y);
    const tip = chart.locator('point-detail');
    await expect.poll(() => deepText(tip)).toContain(p.sentence.replace(/\s+/g, ' ').trim());
    expect(await tip.locator('mark').innerText()).toBe(p.text);
    const text = await deepText(tip);
    expect(text).toContain(p.asOf!);
    expect(text).toContain(p.document.title ?? 'Untitled article');
    expect(text).toMatch(/bbl\/d/);
    await page.screenshot({ path: `${ARTIFACTS}/hover.png` });

    await page.mouse.click(box.x + at[i]!.x, box.y + at[i]!.y);
    const dialog = page.locator('document-view dialog[open]');
    await dialog.waitFor();
    const doc = await api<DocumentResponse>(`/api/documents/${p.document.id}`);
    await expect.poll(() => dialog.locator('mark.current').innerText()).toBe(p.text);
    const marks = await dialog.locator('mark').count();
    expect(marks).toBeGreaterThan(0);
    expect(marks).toBeLessThanOrEqual(doc.figures.length);
    expect(new URL(page.url()).searchParams.get('doc')).toBe(String(p.document.id));
    await page.screenshot({ path: `${ARTIFACTS}/document.png` });
    await page.keyboard.press('Escape');
    await expect.poll(() => new URL(page.url()).searchParams.get('doc')).toBeNull();
    await done(page);
  });

  it('asks once for all shown series, and for the words of a point once, when the pointer rests on it', async () => {
    // The pipeline alone on its chart (other measures), so a point of it stands alone.
    const ids = [pipeline.id, ...all.filter((s) => s.measure !== pipeline.measure).map((s) => s.id).slice(0, 3)];
    const page = await open(`?series=${ids.join(',')}`);
    const asked: URL[] = [];
    page.on('request', (r) => asked.push(new URL(r.url())));
    await page.reload();
    await firstChartMs(page);
    const charts = asked.filter((u) => u.pathname === '/api/chart-data');
    expect(charts).toHaveLength(1);
    expect(charts[0]!.searchParams.get('series')!.split(',')).toEqual(ids);
    expect(asked.filter((u) => u.pathname.startsWith('/api/series/'))).toEqual([]);

    // A point standing alone, so the pointer means that one.
    const { points } = await api<SeriesResponse>(`/api/series/${pipeline.id}`);
    const chart = page.locator(`series-chart[chartkey="${pipeline.measure}-bbl-d"]`);
    const at = await Promise.all(points.map((p) => chart.evaluate((el, id) => (el as HTMLElementTagNameMap['series-chart']).pixelOf(id), p.id)));
    const i = at.findIndex((a, k) => a && at.every((b, j) => j === k || !b || Math.hypot(a.x - b.x, a.y - b.y) > 8));
    expect(i, 'every point overlaps another').toBeGreaterThanOrEqual(0);
    const p = points[i]!;
    const box = (await chart.locator('canvas').boundingBox())!;
    const tip = chart.locator('point-detail');
    const evidence = () => asked.filter((u) => u.pathname === '/api/chart-data/evidence');
    await page.mouse.move(box.x + at[i]!.x, box.y + at[i]!.y);
    await expect.poll(() => deepText(tip)).toContain(p.sentence.replace(/\s+/g, ' ').trim());
    expect(evidence().map((u) => u.searchParams.get('figures'))).toEqual([String(p.id)]);
    // Away and back: the words come from the page's cache, not a second request.
    await page.mouse.move(box.x + box.width / 2, box.y - 30);
    await expect.poll(() => tip.evaluate((el) => (el.parentElement as HTMLElement).hidden)).toBe(true);
    await page.mouse.move(box.x + at[i]!.x, box.y + at[i]!.y);
    await expect.poll(() => deepText(tip)).toContain(p.sentence.replace(/\s+/g, ' ').trim());
    expect(evidence()).toHaveLength(1);
    await done(page);
  });

  it('shows the Kurdistan pipeline near 600,000 bbl/d before the takeover and 250,000–300,000 after', async () => {
    const page = await open();
    const panel = page.locator('compare-panel');
    await panel.locator('select[name="series"]').selectOption(pipeline.id);
    await panel.locator('select[name="event"]').selectOption(TAKEOVER);
    await panel.locator('select[name="window"]').selectOption('30');
    const url = new URL(page.url());
    expect(url.searchParams.get('compare')).toBe(pipeline.id);
    expect(url.searchParams.get('event')).toBe(TAKEOVER);
    const cmp = await api<CompareResponse>(`/api/compare?series=${pipeline.id}&event=${TAKEOVER}&window=30`);
    expect(cmp.before.mean).toBeGreaterThanOrEqual(540_000);
    expect(cmp.before.mean).toBeLessThanOrEqual(660_000);
    expect(cmp.after.mean).toBeGreaterThanOrEqual(250_000);
    expect(cmp.after.mean).toBeLessThanOrEqual(300_000);
    const table = panel.locator('table[part="result"]');
    const fmt = (n: number) => `${Math.round(n).toLocaleString('en-US')} bbl/d`;
    await expect.poll(() => table.innerText()).toContain(fmt(cmp.before.mean!));
    const text = await table.innerText();
    expect(text).toContain(fmt(cmp.after.mean!));
    expect(text).toContain(`${cmp.before.count} observation`);
    expect(text).toContain(`${cmp.after.count} observation`);
    expect(text).toMatch(/−\d{1,3}(,\d{3})* bbl\/d/);
    expect(text).toMatch(/−\d+(\.\d)?%/);
    expect((await inkOf(panel.locator('compare-chart canvas'))).ink).toBeGreaterThan(50);
    await panel.screenshot({ path: `${ARTIFACTS}/compare.png` });

    // A custom window: typed days go to the URL and to the API.
    await panel.locator('select[name="window"]').selectOption('custom');
    await panel.locator('input[name="days"]').fill('10');
    await panel.locator('input[name="days"]').press('Enter');
    await expect.poll(() => new URL(page.url()).searchParams.get('window')).toBe('10');
    const ten = await api<CompareResponse>(`/api/compare?series=${pipeline.id}&event=${TAKEOVER}&window=10`);
    await expect.poll(() => table.innerText()).toContain(ten.before.from);
    await done(page);
  });

  it('keeps the view in the URL: a reload reproduces it, back and forward walk through it', async () => {
    const other = all.find((s) => s.id !== pipeline.id && s.unit === pipeline.unit) ?? all.find((s) => s.id !== pipeline.id);
    expect(other, 'the seeds give only one series').toBeTruthy();
    const page = await open(`?series=${pipeline.id}`);
    await firstChartMs(page);
    const filter = page.locator('series-filter');
    await filter.locator(`input[name="series"][value="${other!.id}"]`).check();
    await expect.poll(() => new URL(page.url()).searchParams.get('series')).toBe(`${pipeline.id},${other!.id}`);
    await filter.locator('input[name="from"]').fill('2017-10-01');
    await filter.locator('input[name="from"]').press('Enter');
    await expect.poll(() => new URL(page.url()).searchParams.get('from')).toBe('2017-10-01');
    await page.getByRole('button', { name: 'Table' }).click();
    const full = page.url();

    const expectView = async (series: string[], from: string, table: boolean) => {
      for (const s of all.slice(0, 50)) {
        await expect.poll(() => filter.locator(`input[name="series"][value="${s.id}"]`).isChecked()).toBe(series.includes(s.id));
      }
      await expect.poll(() => filter.locator('input[name="from"]').inputValue()).toBe(from);
      // One chart (or table) per measure and unit.
      const charts = new Set(all.filter((x) => series.includes(x.id)).map((x) => `${x.measure}|${x.unit}`)).size;
      await expect.poll(() => page.locator('.chart data-table').count()).toBe(table ? charts : 0);
    };
    await page.reload();
    expect(page.url()).toBe(full);
    await expectView([pipeline.id, other!.id], '2017-10-01', true);
    await page.goBack(); // before "Table"
    await expectView([pipeline.id, other!.id], '2017-10-01', false);
    await page.goBack(); // before the date
    await expectView([pipeline.id, other!.id], '', false);
    await page.goBack(); // before the second series
    await expectView([pipeline.id], '', false);
    await page.goForward();
    await page.goForward();
    await page.goForward();
    expect(page.url()).toBe(full);
    await expectView([pipeline.id, other!.id], '2017-10-01', true);
    await done(page);
  });

  it('downloads as CSV exactly what the API serves for the view, and everything', async () => {
    const page = await open(`?series=${pipeline.id}&from=2017-01-01`);
    await firstChartMs(page);
    for (const [id, expectRows] of [['csv-shown', true], ['csv-all', false]] as const) {
      const link = page.locator(`csv-links a#${id}`);
      const href = (await link.getAttribute('href'))!;
      const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
      const file = readFileSync((await download.path())!, 'utf8');
      const served = await (await fetch(`${server.url}${href}`)).text();
      expect(file).toBe(served);
      const rows = parseCsv(file).filter((r) => r.length > 1);
      expect(rows[0]).toEqual('date,date_to,value,unit,kind,approx,low,high,subject,series,source_title,source,url,published,sentence,text,document_id,figure_id,measure,per,observation_id'.split(','));
      if (expectRows) {
        const { points } = await api<SeriesResponse>(`/api/series/${pipeline.id}?from=2017-01-01`);
        const shown = points.filter((p) => p.asOf && ['level', 'derived', 'share'].includes(p.kind));
        expect(rows.length - 1).toBe(shown.length);
        expect(new Set(rows.slice(1).map((r) => r[9]))).toEqual(new Set([pipeline.id]));
      }
    }
    await done(page);
  });

  it('reaches every control by keyboard, each with a visible focus ring', async () => {
    const page = await open(`?series=${pipeline.id}`);
    await firstChartMs(page);
    await page.locator('compare-panel table[part="result"]').waitFor();
    const controls: string[] = await page.evaluate(() => {
      const out: string[] = [];
      const visit = (root: Document | ShadowRoot) => {
        root.querySelectorAll<HTMLElement>('*').forEach((el) => {
          if (el.shadowRoot) visit(el.shadowRoot);
          const focusable = el.matches('a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), summary, [tabindex="0"]');
          // checkVisibility: a closed <details> hides its content with content-visibility, which still has boxes.
          if (focusable && el.checkVisibility()) {
            el.dataset.kb = String(out.length);
            out.push(`${el.tagName.toLowerCase()} ${el.getAttribute('name') ?? el.id ?? ''} ${el.textContent?.trim().slice(0, 30) ?? ''}`);
          }
        });
      };
      visit(document);
      return out;
    });
    expect(controls.length).toBeGreaterThan(10);
    const reached = new Map<number, boolean>();
    for (let i = 0; i < controls.length * 2 + 10 && reached.size < controls.length; i++) {
      await page.keyboard.press('Tab');
      const focus = await page.evaluate(() => {
        let el = document.activeElement as HTMLElement | null;
        while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement as HTMLElement;
        if (!el?.dataset.kb) return null;
        const css = getComputedStyle(el);
        const ring = (css.outlineStyle !== 'none' && parseFloat(css.outlineWidth) >= 2) || css.boxShadow !== 'none';
        return { kb: Number(el.dataset.kb), ring };
      });
      if (focus) reached.set(focus.kb, focus.ring || reached.get(focus.kb) === true);
    }
    const missed = controls.filter((_, k) => !reached.has(k));
    expect(missed, 'controls the Tab key never reached').toEqual([]);
    const noRing = controls.filter((_, k) => reached.get(k) === false);
    expect(noRing, 'controls with no visible focus').toEqual([]);
    await done(page);
  });

  it('works at 375 px and in dark mode', async () => {
    const narrow = await open(`?series=${pipeline.id}`, { viewport: { width: 375, height: 812 }, deviceScaleFactor: 2 });
    await firstChartMs(narrow);
    expect(await narrow.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    // Filters start folded on a phone, so the chart is on the first screen.
    expect((await narrow.locator('series-chart canvas').first().boundingBox())!.y).toBeLessThan(812);
    expect((await inkOf(narrow.locator('series-chart canvas').first())).ink).toBeGreaterThan(200);
    await narrow.screenshot({ path: `${ARTIFACTS}/mobile-375.png`, fullPage: true });
    await done(narrow);

    const dark = await open(`?series=${pipeline.id}`, { colorScheme: 'dark' });
    await firstChartMs(dark);
    const bg = await dark.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    expect(bg).toBe('rgb(13, 17, 23)');
    expect((await inkOf(dark.locator('series-chart canvas').first())).ink).toBeGreaterThan(200);
    await dark.screenshot({ path: `${ARTIFACTS}/dark.png`, fullPage: true });
    await done(dark);
  });
});
