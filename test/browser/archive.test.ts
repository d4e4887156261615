// The dashboard in chromium against the real server holding the generated archive (2,000
// articles, 56 series, test/support/archive.ts): reading many series at once. Checked on the
// chart's own scales and pixels, the URL and the downloads — never against a golden image.
// Screenshots land in test/artifacts/archive-*.png (the README shows them).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync } from 'node:fs';
import type { Browser, BrowserContextOptions, Locator, Page } from 'playwright-core';
import type { SeriesResponse } from '../../src/api/types';
import { archiveDatabase } from '../support/archive';
import { getJson } from '../support/get-json';
import { type RunningServer, startServer } from '../support/server';
import { ARTIFACTS, NAME_SHIM, ensureBuilt, hasChromium, launch } from './harness';
import { deepText, firstChartMs } from './measure';

/** Twelve bbl/d production series from 20,000 bpd (Taq Taq) to 32 million (OPEC): one chart. */
const TWELVE = [
  'opec-production-bbl-d', 'saudi-arabia-production-bbl-d', 'iraq-production-bbl-d', 'kuwait-production-bbl-d',
  'uae-production-bbl-d', 'libya-production-bbl-d', 'angola-production-bbl-d', 'venezuela-production-bbl-d',
  'kazakhstan-production-bbl-d', 'norway-production-bbl-d', 'tawke-production-bbl-d', 'taq-taq-production-bbl-d',
];
const CHART = 'production-bbl-d';
const RANGE = 'from=2018-01-01&to=2018-12-31';

interface ChartInfo {
  /** Pixel row of the plot's bottom edge. */
  bottom: number;
  height: number;
  yType: string;
  yMin: number;
  yMax: number;
  yTitle: string;
  datasets: { label: string; color: string; dash: string; marker: string; points: number; visible: boolean; ys: number[] }[];
}

/** The chart.js instance behind a <series-chart>: its y scale and datasets as drawn. */
function chartInfo(chart: Locator): Promise<ChartInfo> {
  return chart.evaluate((el) => {
    const c = (el as unknown as { chart: { chart: any } }).chart.chart;
    const y = c.scales.y;
    // CSS may write a colour short (#328 for #332288); the pixel checks want #rrggbb.
    const long = (h: string) => (/^#[0-9a-f]{3}$/i.test(h) ? `#${[...h.slice(1)].map((d) => d + d).join('')}` : h);
    return {
      bottom: c.chartArea.bottom,
      height: c.chartArea.bottom - c.chartArea.top,
      yType: y.type,
      yMin: y.min,
      yMax: y.max,
      yTitle: String(c.options.scales.y.title?.text ?? ''),
      datasets: c.data.datasets.map((d: any, i: number) => ({
        label: d.label,
        color: long(String(d.borderColor)),
        dash: (d.borderDash ?? []).join('-'),
        marker: String(d.pointStyle),
        points: c.getDatasetMeta(i).data.length,
        visible: c.isDatasetVisible(i),
        ys: c.getDatasetMeta(i).data.map((p: any) => p.y),
      })),
    };
  });
}

/** #rgb → #rrggbb (CSS may write colours short; the pixel checks want six digits). */
function longHex(h: string): string {
  return /^#[0-9a-f]{3}$/i.test(h) ? `#${[...h.slice(1)].map((d) => d + d).join('')}` : h;
}

/** Canvas pixels within a small distance of each given colour (#rrggbb). */
function inkPerColour(canvas: Locator, colours: string[]): Promise<number[]> {
  return canvas.evaluate((el, list) => {
    const c = el as HTMLCanvasElement;
    const data = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
    const rgb = list.map((h) => [1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16)) as [number, number, number]);
    const counts = list.map(() => 0);
    for (let i = 0; i < data.length; i += 4) {
      if (data[i + 3]! < 200) continue;
      rgb.forEach(([r, g, b], k) => {
        if (Math.abs(data[i]! - r) + Math.abs(data[i + 1]! - g) + Math.abs(data[i + 2]! - b) < 24) counts[k]!++;
      });
    }
    return counts;
  }, colours);
}

describe.skipIf(!hasChromium())('dashboard with the generated archive', () => {
  let server: RunningServer;
  let db: Awaited<ReturnType<typeof archiveDatabase>>;
  let browser: Browser;
  let close: () => Promise<void>;
  const problems = new WeakMap<Page, string[]>();

  const api = <T>(path: string): Promise<T> => getJson<T>(server, path);

  beforeAll(async () => {
    await ensureBuilt();
    mkdirSync(ARTIFACTS, { recursive: true });
    db = await archiveDatabase();
    server = await startServer({ env: { DATABASE_URL: db.url } });
    // The first series list over 20,000 figures is the server's cold start, not the page's.
    await api('/api/series?limit=1000');
    ({ browser, close } = await launch());
  });

  afterAll(async () => {
    await close?.();
    await server?.stop();
    db?.cleanup();
  });

  async function open(query: string, options: BrowserContextOptions = {}): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 1000 }, acceptDownloads: true, ...options });
    await context.addInitScript(NAME_SHIM);
    const page = await context.newPage();
    const seen: string[] = [];
    problems.set(page, seen);
    page.on('pageerror', (e) => seen.push(`pageerror: ${e.message}`));
    page.on('console', (m) => {
      // A 400 the page shows as a message is the browser's console line, not a page error.
      if (m.type() === 'error' && !/status of 400/.test(m.text())) seen.push(`console: ${m.text()}`);
    });
    await page.goto(`${server.url}/${query}`);
    return page;
  }

  async function done(page: Page): Promise<void> {
    expect(problems.get(page)).toEqual([]);
    await page.context().close();
  }

  const chartOf = (page: Page, key = CHART) => page.locator(`series-chart[chartkey="${key}"]`);

  it('tells twelve series apart by colour, dash and marker together, on the pixels', async () => {
    const page = await open(`?series=${TWELVE.join(',')}&${RANGE}&log=${CHART}`);
    await firstChartMs(page);
    const chart = chartOf(page);
    const info = await chartInfo(chart);
    const lines = info.datasets.filter((d) => !d.label.includes(' — '));
    expect(lines).toHaveLength(12);
    // Twelve colours, and twelve (dash, marker) pairs for eyes that cannot tell some colours apart.
    expect(new Set(lines.map((d) => d.color)).size).toBe(12);
    expect(new Set(lines.map((d) => `${d.dash}|${d.marker}`)).size).toBe(12);
    // Every colour is on the canvas (each line drawn), and no two colours are near each other.
    const ink = await inkPerColour(chart.locator('canvas'), lines.map((d) => d.color));
    ink.forEach((n, i) => expect(n, `${lines[i]!.label} (${lines[i]!.color}) is not on the canvas`).toBeGreaterThan(40));
    const rgb = lines.map((d) => [1, 3, 5].map((i) => parseInt(d.color.slice(i, i + 2), 16)));
    for (let a = 0; a < 12; a++) {
      for (let b = a + 1; b < 12; b++) {
        const dist = Math.hypot(...rgb[a]!.map((v, k) => v - rgb[b]![k]!));
        expect(dist, `${lines[a]!.color} and ${lines[b]!.color}`).toBeGreaterThan(40);
      }
    }
    await chart.screenshot({ path: `${ARTIFACTS}/archive-twelve-series.png` });

    // The legend switches one series off: its colour leaves the canvas, the others stay.
    const opec = chart.locator('mark-legend button[data-series="opec-production-bbl-d"]');
    await opec.click();
    expect(await opec.getAttribute('aria-pressed')).toBe('false');
    await expect.poll(async () => (await inkPerColour(chart.locator('canvas'), [lines[0]!.color]))[0]).toBeLessThan(5);
    expect((await inkPerColour(chart.locator('canvas'), [lines[1]!.color]))[0]).toBeGreaterThan(40);
    await opec.click();
    await expect.poll(async () => (await inkPerColour(chart.locator('canvas'), [lines[0]!.color]))[0]).toBeGreaterThan(40);

    // Dark mode: twelve colours still, lighter ones.
    const dark = await open(`?series=${TWELVE.join(',')}&${RANGE}&log=${CHART}`, { colorScheme: 'dark' });
    await firstChartMs(dark);
    const darkLines = (await chartInfo(chartOf(dark))).datasets.filter((d) => !d.label.includes(' — '));
    expect(new Set(darkLines.map((d) => d.color)).size).toBe(12);
    expect(darkLines[0]!.color).not.toBe(lines[0]!.color);
    await chartOf(dark).screenshot({ path: `${ARTIFACTS}/archive-twelve-series-dark.png` });
    await done(dark);
    await done(page);
  });

  it('switches the value axis to log and to an index from the chart, in the URL', async () => {
    const page = await open(`?series=opec-production-bbl-d,taq-taq-production-bbl-d&${RANGE}`);
    await firstChartMs(page);
    const chart = chartOf(page);
    const linear = await chartInfo(chart);
    expect(linear.yType).toBe('linear');
    expect(linear.yMin).toBe(0);
    // On a linear axis from zero, Taq Taq's 20,000 bpd is a flat line on the bottom edge.
    const lift = (info: ChartInfo, label: RegExp) => {
      const ys = info.datasets.find((d) => label.test(d.label))!.ys;
      return info.bottom - ys.reduce((a, b) => a + b, 0) / ys.length;
    };
    expect(lift(linear, /Taq Taq/)).toBeLessThan(3);

    await chart.locator('chart-toolbar button', { hasText: 'Log' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('log')).toBe(CHART);
    await expect.poll(async () => (await chartInfo(chart)).yType).toBe('logarithmic');
    const log = await chartInfo(chart);
    expect(log.yMin).toBeGreaterThan(1000);
    expect(log.yTitle).toContain('log');
    expect(lift(log, /Taq Taq/)).toBeGreaterThan(5 * Math.max(2, lift(linear, /Taq Taq/)));
    await chart.screenshot({ path: `${ARTIFACTS}/archive-log.png` });

    await chart.locator('chart-toolbar button', { hasText: 'Index' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('index')).toBe(`${CHART}:2018-01-01`);
    await expect.poll(async () => (await chartInfo(chart)).yTitle).toBe('index, 100 at 2018-01-01');
    const index = await chartInfo(chart);
    expect(index.yType).toBe('linear');
    expect(index.yMin).toBeGreaterThan(30);
    expect(index.yMax).toBeLessThan(200);
    expect(new URL(page.url()).searchParams.get('log')).toBeNull();
    // Another day: typed as ISO, the index moves to it.
    const day = chart.locator('chart-toolbar input[name="index-at"]');
    await day.fill('2018-06-01');
    await day.press('Enter');
    await expect.poll(() => new URL(page.url()).searchParams.get('index')).toBe(`${CHART}:2018-06-01`);
    await chart.screenshot({ path: `${ARTIFACTS}/archive-index.png` });
    // The evidence of a point on an index still names the series and its sources, with the value.
    await chart.locator('canvas').focus();
    await page.keyboard.press('Home');
    const text = await deepText(chart.locator('point-detail'));
    expect(text).toMatch(/^(OPEC|Taq Taq)[^·]* · production · bbl\/d Index \d+\.\d/);
    expect(text).toMatch(/Sources ?[^;]*\((ministry|company|tanker tracker|wire)\)/);

    await page.reload();
    await firstChartMs(page);
    await expect.poll(async () => (await chartInfo(chartOf(page))).yTitle).toBe('index, 100 at 2018-06-01');
    await done(page);
  });

  it('puts shares and percentage changes on separate charts, and draws a series of changes alone', async () => {
    const page = await open('?series=kurdistan-share-pct,libya-production-pct,saudi-arabia-exports-pct');
    await firstChartMs(page);
    const keys = await page.locator('series-chart').evaluateAll((els) => els.map((e) => e.getAttribute('chartkey')));
    expect(keys.sort()).toEqual(['exports-pct', 'production-pct', 'share-pct']);
    const changes = await chartInfo(chartOf(page, 'production-pct'));
    const { points } = await api<SeriesResponse>('/api/series/libya-production-pct');
    const drawn = changes.datasets.filter((d) => d.points > 0);
    expect(drawn).toHaveLength(1);
    expect(drawn[0]!.points).toBe(new Set(points.map((p) => p.observation)).size);
    expect(drawn[0]!.marker).toBe('star');
    expect(await page.locator('flowline-app').evaluate((el) => el.shadowRoot!.textContent)).not.toContain('No figures of the chosen kinds');
    await done(page);
  });

  it('draws weekly and monthly means from the API, and keeps the choice in the URL', async () => {
    const id = 'iraq-exports-bbl-d';
    const page = await open(`?series=${id}&${RANGE}`);
    await firstChartMs(page);
    await page.getByRole('button', { name: 'Monthly' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('every')).toBe('month');
    const monthly = await api<SeriesResponse>(`/api/series/${id}?${RANGE}&every=month`);
    expect(monthly.means!.length).toBe(12);
    await expect.poll(async () => (await chartInfo(chartOf(page, 'exports-bbl-d'))).datasets[0]!.points).toBe(12);
    await chartOf(page, 'exports-bbl-d').locator('canvas').focus();
    await page.keyboard.press('End');
    const tip = await deepText(chartOf(page, 'exports-bbl-d').locator('point-detail'));
    const last = monthly.means!.at(-1)!;
    expect(tip).toContain(`${last.from} to ${last.to}`);
    expect(tip).toMatch(/Weighed over \d+ observation-days/);
    await page.getByRole('button', { name: 'Weekly' }).click();
    const weekly = await api<SeriesResponse>(`/api/series/${id}?${RANGE}&every=week`);
    await expect.poll(async () => (await chartInfo(chartOf(page, 'exports-bbl-d'))).datasets[0]!.points).toBe(weekly.means!.length);
    await page.getByRole('button', { name: 'As reported' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('every')).toBeNull();
    await done(page);
  });

  it("lists a disagreeing observation's reports with their sources, and filters by kind of source", async () => {
    const id = 'iraq-exports-bbl-d';
    const full = await api<SeriesResponse>(`/api/series/${id}`);
    const split = full.observations.find((o) => o.disagrees.length && o.asOfTo === null)!;
    expect(split, 'the archive has disagreeing reports').toBeTruthy();
    const page = await open(`?series=${id}&from=${split.asOf}&to=${split.asOf}`);
    await firstChartMs(page);
    const chart = chartOf(page, 'exports-bbl-d');
    const colourOfSeries1 = (await chartInfo(chart)).datasets[0]!.color;
    await chart.locator('canvas').focus();
    await page.keyboard.press('Home');
    const text = await deepText(chart.locator('point-detail'));
    expect(text).toContain(`2 reports disagree about ${split.asOf}`);
    const reports = full.points.filter((p) => p.asOf === split.asOf && p.asOfTo === null);
    for (const r of reports) expect(text).toContain(r.document.source!);
    await page.screenshot({ path: `${ARTIFACTS}/archive-evidence.png` });

    // Colour by source: each point takes its source kind's colour, the line goes grey.
    await page.goto(`${server.url}/?series=${id}&${RANGE}`);
    await firstChartMs(page);
    await page.getByRole('button', { name: 'by source' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('color')).toBe('source');
    const byKind = chartOf(page, 'exports-bbl-d');
    await expect.poll(async () => (await chartInfo(byKind)).datasets[0]!.color).not.toBe(colourOfSeries1);
    const kindColours = await byKind.evaluate((el) =>
      [1, 2, 3, 4].map((i) => getComputedStyle(el).getPropertyValue(`--fl-series-${i}`).trim()));
    const inks = await inkPerColour(byKind.locator('canvas'), kindColours.map(longHex));
    inks.forEach((n, i) => expect(n, `source kind ${i + 1} (${kindColours[i]}) is not on the canvas`).toBeGreaterThan(20));
    expect(await deepText(byKind.locator('mark-legend'))).toMatch(/ministry.*company.*tanker tracker.*wire/);
    await byKind.screenshot({ path: `${ARTIFACTS}/archive-by-source.png` });

    // Only ministries: the source panel and the chart drop the rest.
    await page.goto(`${server.url}/?series=${id}&from=${split.asOf}&to=${split.asOf}`);
    await firstChartMs(page);
    const panel = page.locator('source-filter');
    for (const kind of ['company', 'tanker-tracker', 'wire']) await panel.locator(`input[value="${kind}"]`).uncheck();
    await expect.poll(() => new URL(page.url()).searchParams.get('sources')).toBe('ministry');
    await page.goto(`${server.url}/?series=${id}&${RANGE}&sources=ministry`);
    await firstChartMs(page);
    const ministry = full.points.filter((p) => p.asOf! >= '2018-01-01' && p.asOf! <= '2018-12-31' && /Ministry/.test(p.document.source ?? ''));
    const drawn = (await chartInfo(chartOf(page, 'exports-bbl-d'))).datasets.reduce((n, d) => n + d.points, 0);
    expect(drawn).toBe(new Set(ministry.map((p) => p.observation)).size);
    const sources = await deepText(page.locator('source-filter'));
    expect(sources).toMatch(/Energy Ministry statement ?\d+/);
    expect(sources).toMatch(/Oil Ministry bulletin ?\d+/);
    await done(page);
  });

  it('downloads the CSV for Excel with a BOM, and otherwise the same bytes as the plain CSV', async () => {
    const page = await open(`?series=iraq-exports-bbl-d,kurdistan-share-pct&${RANGE}`);
    await firstChartMs(page);
    const get = async (id: string) => {
      const [download] = await Promise.all([page.waitForEvent('download'), page.locator(`csv-links a#${id}`).click()]);
      return readFileSync((await download.path())!);
    };
    const excel = await get('csv-excel');
    const plain = await get('csv-shown');
    expect([...excel.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(plain[0]).not.toBe(0xef);
    expect(excel.subarray(3).equals(plain)).toBe(true);
    expect(plain.toString('utf8')).toMatch(/^date,date_to,value/);
    await done(page);
  });

  it('saves a chart as PNG with its pixels and words, and as SVG with its lines and words', async () => {
    const page = await open(`?series=opec-production-bbl-d,iraq-production-bbl-d&${RANGE}`);
    await firstChartMs(page);
    const chart = chartOf(page);
    const save = async (format: string) => {
      const [download] = await Promise.all([page.waitForEvent('download'), chart.locator('chart-toolbar button', { hasText: format }).click()]);
      return { name: download.suggestedFilename(), bytes: readFileSync((await download.path())!) };
    };
    const png = await save('PNG');
    expect(png.name).toBe('flowline-production-bbl-d-2018-01-01-2018-12-31.png');
    expect([...png.bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    // Decode it in the page: the chart's series colours are in it, and it is taller than the chart (title, sources).
    const colours = (await chartInfo(chart)).datasets.slice(0, 2).map((d) => d.color);
    const decoded = await page.evaluate(async ({ b64, colours }) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const c = document.createElement('canvas');
      c.width = img.width;
      c.height = img.height;
      const ctx = c.getContext('2d')!;
      ctx.drawImage(img, 0, 0);
      const data = ctx.getImageData(0, 0, c.width, c.height).data;
      const ink = colours.map((h) => {
        const [r, g, b] = [1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16));
        let n = 0;
        for (let i = 0; i < data.length; i += 4) if (Math.abs(data[i]! - r!) + Math.abs(data[i + 1]! - g!) + Math.abs(data[i + 2]! - b!) < 24) n++;
        return n;
      });
      return { width: img.width, height: img.height, ink };
    }, { b64: png.bytes.toString('base64'), colours });
    const canvas = (await chart.locator('canvas').boundingBox())!;
    expect(decoded.height).toBeGreaterThan(canvas.height + 80);
    decoded.ink.forEach((n) => expect(n).toBeGreaterThan(100));

    const svg = (await save('SVG')).bytes.toString('utf8');
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg).toContain('<title>production · bbl/d</title>');
    expect(svg).toContain('— bbl/d');
    expect(svg).toMatch(/Sources: [^<]*\((ministry|company|tanker tracker|wire), \d+\)/);
    expect(svg).toContain('Dates: 2018-01-01 to 2018-12-31');
    expect(svg.match(/<polyline /g)?.length).toBe(2);
    for (const c of colours) expect(svg).toContain(`stroke="${c}"`);
    await done(page);
  });

  it('names what a bad link asks for, and "Try again" switches to a link that works', async () => {
    const page = await open(`?series=iraq-exports-bbl-d&from=2018-02-30&every=yearly`);
    const alert = page.locator('flowline-app status-message[kind="error"]').first();
    await expect.poll(() => alert.innerText()).toContain('from=2018-02-30');
    expect(await alert.innerText()).toContain('every=yearly');
    await page.screenshot({ path: `${ARTIFACTS}/archive-bad-link.png` });
    await alert.getByRole('button', { name: 'Try again' }).click();
    await expect.poll(() => page.url()).toBe(`${server.url}/?series=iraq-exports-bbl-d`);
    await firstChartMs(page);
    expect(await page.locator('flowline-app status-message[kind="error"]').count()).toBe(0);

    // A reversed range: the link banner names it, and the API's 400 under Trends names "to"; trying
    // again there drops what the API refused.
    const reversed = await open('?series=iraq-exports-bbl-d&from=2019-01-01&to=2018-01-01');
    await expect.poll(() => reversed.locator('flowline-app status-message[kind="error"]').first().innerText()).toContain('is before the start');
    const banner = reversed.locator('flowline-app section[aria-labelledby="trends-h"] status-message[kind="error"]');
    await expect.poll(() => banner.innerText()).toContain('must not be before from');
    await banner.getByRole('button', { name: 'Try again' }).click();
    await expect.poll(() => reversed.url()).toBe(`${server.url}/?series=iraq-exports-bbl-d&from=2019-01-01`);
    await firstChartMs(reversed);
    await done(reversed);
    await done(page);
  });
});
