// The reference overlay in chromium against the real server (scripts/start.ts loads the shipped EIA
// series): eight invented Brent reports around the Kirkuk takeover, six near the record, one near,
// one off. The checkbox lives in the URL, the line is drawn, the header counts the agreeing
// reports, the evidence box names the record's value, the before/after panel its means.
// Writes test/artifacts/reference-overlay.png (the README's screenshot).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import type { IngestResponse, SeriesResponse } from '../../src/api/types';
import { startServer, type RunningServer } from '../support/server';
import { ARTIFACTS, NAME_SHIM, ensureBuilt, hasChromium, launch } from './harness';
import { deepText, firstChartMs } from './measure';

const TOKEN = 'reference-token';
const SERIES = 'brent-price-usd-bbl';
// [Wednesday, price]: our own sentences, published the Thursday after.
const REPORTS: [string, number][] = [
  ['2017-09-20', 56.9],
  ['2017-09-27', 58.4],
  ['2017-10-04', 55.8],
  ['2017-10-11', 56.6],
  ['2017-10-18', 58.3],
  ['2017-10-25', 61.9],
  ['2017-11-01', 60.5],
  ['2017-11-08', 72.0],
];
const nextDay = (d: string) => new Date(Date.parse(`${d}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

describe.skipIf(!hasChromium())('reference overlay in chromium against the real server', () => {
  let server: RunningServer;
  let browser: Browser;
  let close: () => Promise<void>;

  beforeAll(async () => {
    await ensureBuilt();
    mkdirSync(ARTIFACTS, { recursive: true });
    server = await startServer({ env: { FLOWLINE_TOKEN: TOKEN } });
    for (const [i, [day, price]] of REPORTS.entries()) {
      const text = `LONDON (Test Wire) - Brent crude futures settled at $${price.toFixed(2)} a barrel on Wednesday, report ${i + 1} in a series of invented market notes, as traders watched northern Iraq.`;
      const res = await fetch(`${server.url}/api/documents`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${TOKEN}` },
        body: JSON.stringify({ text, title: `Market note ${i + 1}`, published: nextDay(day) }),
      });
      expect(res.status).toBe(201);
      expect(((await res.json()) as IngestResponse).figures.find((f) => f.value === price)).toMatchObject({ asOf: day, series: SERIES });
    }
    ({ browser, close } = await launch());
  }, 120_000);

  afterAll(async () => {
    await close?.();
    await server?.stop();
  });

  async function open(query: string): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.addInitScript(NAME_SHIM);
    const page = await context.newPage();
    await page.goto(`${server.url}/${query}`);
    await firstChartMs(page);
    return page;
  }

  it('draws the EIA line when the URL asks, counts the agreeing reports, and unticks into the URL', async () => {
    expect(server.output()).toMatch(/reference series: 4 loaded/);
    const page = await open(`?series=${SERIES}&ref=1`);
    const chart = page.locator('series-chart').first();
    const box = page.locator('reference-overlay input[type=checkbox]');
    await expect.poll(() => box.isChecked()).toBe(true);
    await expect.poll(() => chart.evaluate((el) => (el as HTMLElementTagNameMap['series-chart']).drawnReferences())).toEqual([
      { label: 'EIA Brent spot', segments: expect.any(Number) },
    ]);
    const [line] = await chart.evaluate((el) => (el as HTMLElementTagNameMap['series-chart']).drawnReferences());
    // The trading days in view (a month either side of the reports): a line, not a few dots.
    expect(line!.segments).toBeGreaterThan(30);
    expect(await chart.locator('canvas').getAttribute('aria-label')).toContain('Official series drawn as a thin solid line: EIA Brent spot.');
    expect(await deepText(page.locator('reference-agreement').first())).toContain('6 of 8 price reports agree with EIA Brent spot (within 3 %); 1 near, 1 off.');
    await page.locator('section[aria-labelledby=trends-h]').screenshot({ path: `${ARTIFACTS}/reference-overlay.png` });

    await box.uncheck();
    await expect.poll(() => new URL(page.url()).searchParams.get('ref')).toBeNull();
    await expect.poll(() => chart.evaluate((el) => (el as HTMLElementTagNameMap['series-chart']).drawnReferences())).toEqual([]);
    await page.goBack();
    await expect.poll(() => box.isChecked()).toBe(true);
    await page.context().close();
  });

  it('names the record in the evidence box: "EIA Brent spot that day: $57.20, −0.5 %"', async () => {
    const page = await open(`?series=${SERIES}&ref=1`);
    const { points } = (await (await fetch(`${server.url}/api/series/${SERIES}`)).json()) as SeriesResponse;
    const first = points.find((p) => p.value === 56.9)!;
    const chart = page.locator('series-chart').first();
    const at = (await chart.evaluate((el, id) => (el as HTMLElementTagNameMap['series-chart']).pixelOf(id), first.id))!;
    const canvas = (await chart.locator('canvas').boundingBox())!;
    await page.mouse.move(canvas.x + at.x, canvas.y + at.y);
    await expect.poll(() => deepText(chart.locator('point-detail'))).toContain('EIA Brent spot that day: $57.20, −0.5 % · agrees (within 3 %)');
    await page.context().close();
  });

  it('shows the record\'s means beside the news\' in the before/after panel', async () => {
    const page = await open(`?series=${SERIES}&compare=${SERIES}&event=kirkuk-takeover&window=30`);
    const means = page.locator('reference-means');
    // Before: 16 Sep – 15 Oct 2017, 20 trading days averaging $57.02; after: 16 Oct – 14 Nov, 22 averaging $60.56.
    await expect.poll(() => deepText(means)).toContain('EIA Brent spot (official, 20 + 22 trading days): before $57.02, after $60.56, +6.2 %');
    await page.locator('compare-panel').screenshot({ path: `${ARTIFACTS}/reference-compare.png` });
    await page.context().close();
  });
});
