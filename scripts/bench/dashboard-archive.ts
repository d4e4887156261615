// The dashboard with a real archive in it (issue 13's budgets), in chromium against the real
// server holding the generated archive (test/support/archive.ts: 2,000 articles, 56 series):
//   - all 50 most observed series at once (~20,000 observations): navigation → every chart drawn
//     (budget 1.5 s), against the same page with one series of the seeds as the baseline, run
//     in the same browser (the ratio is what to compare between machines);
//   - hover on the busiest chart (budget 50 ms) and switching it to log;
//   - the JavaScript a first view loads vs what it loads lazily (PNG/SVG export).
// `node --import tsx scripts/bench/dashboard-archive.ts` runs it alone (after `npm run build`).
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import type { SeriesListResponse } from '../../src/api/types';
import { archiveDatabase, buildArchive } from '../../test/support/archive';
import { startServer } from '../../test/support/server';
import { NAME_SHIM, chromiumInstalled, ensureBuilt, launch } from '../../test/browser/harness';
import { CHART_DRAWN_MARK, firstChartMs, hoverTiming, type Timing } from '../../test/browser/measure';

export interface ArchiveDashboardBench {
  archive: { documents: number; figures: number; buildSeconds: number };
  series: number;
  observations: number;
  /** GET /api/series over the archive on a just-started server (not the page's cost). */
  coldListMs: number;
  /** Navigation → every chart drawn with data; median of the warm runs (budget 1500 ms). */
  allChartsMs: { cold: number; warmMedian: number; runs: number };
  /**
   * Where the warm median run's time went: navigation → the last series answer received, and from
   * there → every chart drawn (what the page does with the JSON: parse the last answers, group,
   * build and draw the charts). Says whether the next win is in the answers or in the drawing.
   */
  warmSplitMs: { lastAnswer: number; afterLastAnswer: number };
  /** Bytes of JSON the series answers of one page load carry (what the browser parses): chart-data, or every series/:id. */
  seriesJsonMb: number;
  charts: number;
  /** The same page with one seed series: navigation → first chart (the baseline). */
  baselineMs: number;
  ratioToBaseline: number;
  /** Hover on the chart with the most series (budget 50 ms). */
  hover: Timing;
  hoverChartSeries: number;
  /** Click on "Log" → that chart redrawn. */
  logSwitchMs: number;
  /** JavaScript the first view fetched (raw KB): the export code is not in it until a chart is saved. */
  jsRequestedKb: number;
}

/** Milliseconds from navigation until every <series-chart> on the page has drawn its chart. */
async function allChartsMs(page: Page, timeoutMs = 60_000): Promise<{ ms: number; charts: number }> {
  await firstChartMs(page, timeoutMs);
  // series-chart marks every draw with data: the last mark, once every chart has one, is the time.
  const handle = await page.waitForFunction(
    (mark) => {
      const app = document.querySelector('flowline-app')?.shadowRoot;
      const charts = [...(app?.querySelectorAll('series-chart') ?? [])] as unknown as { chart: { chart: unknown } }[];
      if (!charts.length || charts.some((c) => !c.chart.chart)) return null;
      const marks = performance.getEntriesByName(mark);
      return { ms: Math.max(...marks.map((m) => m.startTime)), charts: charts.length };
    },
    CHART_DRAWN_MARK,
    { timeout: timeoutMs, polling: 'raf' },
  );
  return (await handle.jsonValue()) as { ms: number; charts: number };
}

/**
 * Milliseconds from navigation until the last answer carrying the series' figures was fully
 * received: GET /api/chart-data (one for the whole view), or GET /api/series/:id (one per series,
 * as builds before it asked, so a baseline build is measured the same way).
 */
function lastSeriesAnswerMs(page: Page): Promise<number> {
  return page.evaluate(() =>
    Math.max(
      0,
      ...performance
        .getEntriesByType('resource')
        .filter((r) => /^\/api\/(series\/|chart-data$)/.test(new URL(r.name).pathname))
        .map((r) => (r as PerformanceResourceTiming).responseEnd),
    ),
  );
}

export async function benchDashboardArchive(): Promise<ArchiveDashboardBench | { error: string }> {
  if (!chromiumInstalled()) return { error: 'chromium is not installed (apt-get install -y chromium)' };
  await ensureBuilt();
  const built = await buildArchive();
  const db = await archiveDatabase();
  const server = await startServer({ env: { DATABASE_URL: db.url } });
  const { browser, close } = await launch();
  try {
    const t0 = performance.now();
    const list = (await (await fetch(`${server.url}/api/series?limit=1000`)).json()) as SeriesListResponse;
    const coldListMs = Math.round(performance.now() - t0);
    const top = [...list.series].sort((a, b) => b.observations - a.observations).slice(0, 50);
    const query = `?series=${top.map((s) => s.id).join(',')}`;
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.addInitScript(NAME_SHIM);

    const seed = list.series.find((s) => s.id === 'kurdistan-pipeline-flow-bbl-d') ?? top[0]!;
    const runs: number[] = [];
    const lastAnswers: number[] = [];
    let seriesJsonBytes = 0;
    let charts = 0;
    let baselineMs = 0;
    let jsRequestedKb = 0;
    for (let i = 0; i < 4; i++) {
      const base = await context.newPage();
      await base.goto(`${server.url}/?series=${seed.id}`);
      const b = await firstChartMs(base);
      if (i > 0) baselineMs += b / 3;
      await base.close();
      const page = await context.newPage();
      let js = 0;
      let json = 0;
      page.on('response', (r) => {
        if (r.url().endsWith('.js')) void r.body().then((body) => (js += body.length), () => {});
        if (i === 0 && /\/api\/(series\/|chart-data\?)/.test(r.url())) void r.body().then((body) => (json += body.length), () => {});
      });
      await page.goto(`${server.url}/${query}`);
      const done = await allChartsMs(page);
      runs.push(done.ms);
      lastAnswers.push(await lastSeriesAnswerMs(page));
      if (i === 0) seriesJsonBytes = json;
      charts = done.charts;
      if (i === 0) jsRequestedKb = Math.round(js / 102.4) / 10;
      if (i < 3) await page.close();
      else {
        // The busiest chart: hover, then switch it to log.
        const sizes = await page.locator('series-chart').evaluateAll((els) => els.map((e) => (e as unknown as { series: unknown[] }).series.length));
        const busiest = sizes.indexOf(Math.max(...sizes));
        const chart = page.locator('series-chart').nth(busiest);
        const hover = await hoverTiming(chart, 30);
        const logSwitchMs = await chart.evaluate(async (el) => {
          const host = el as HTMLElement & { updateComplete: Promise<unknown> };
          const button = [...host.shadowRoot!.querySelector('chart-toolbar')!.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent === 'Log')!;
          const t = performance.now();
          button.click();
          // The app writes the URL, re-renders, the chart rebuilds in its update.
          for (let k = 0; k < 50 && (host as unknown as { mode: { axis: string } }).mode.axis !== 'log'; k++) await new Promise((r) => setTimeout(r, 0));
          await host.updateComplete;
          await new Promise<void>((r) => requestAnimationFrame(() => r()));
          return performance.now() - t;
        });
        const warm = runs.slice(1).sort((a, b) => a - b);
        const warmMedian = warm[Math.floor(warm.length / 2)]!;
        const medianRun = runs.indexOf(warmMedian);
        return {
          archive: { documents: built.stats.documents, figures: built.stats.figures, buildSeconds: Math.round(built.stats.seconds * 10) / 10 },
          series: top.length,
          observations: top.reduce((n, s) => n + s.observations, 0),
          coldListMs,
          allChartsMs: { cold: Math.round(runs[0]!), warmMedian: Math.round(warmMedian), runs: runs.length },
          warmSplitMs: { lastAnswer: Math.round(lastAnswers[medianRun]!), afterLastAnswer: Math.round(warmMedian - lastAnswers[medianRun]!) },
          seriesJsonMb: Math.round(seriesJsonBytes / 1e5) / 10,
          charts,
          baselineMs: Math.round(baselineMs),
          ratioToBaseline: Math.round((warmMedian / baselineMs) * 10) / 10,
          hover,
          hoverChartSeries: sizes[busiest]!,
          logSwitchMs: Math.round(logSwitchMs),
          jsRequestedKb,
        };
      }
    }
    throw new Error('unreachable: the last run returns');
  } catch (err) {
    return { error: (err as Error).message.replace(/\s+/g, ' ').slice(0, 400) };
  } finally {
    await close();
    await server.stop();
    db.cleanup();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  benchDashboardArchive().then((r) => console.log(JSON.stringify(r, null, 2)), (err) => {
    console.error(`bench failed: ${(err as Error).message}`);
    process.exitCode = 1;
  });
}
