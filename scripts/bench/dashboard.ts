// The dashboard's budget, measured: JavaScript size (gzip) of dist/public, time to the first chart
// in chromium against the real server with the seed articles, and how a 100,000-point series
// behaves (served from memory through page.route, so no database is needed for that part).
//
// `node --import tsx scripts/bench/dashboard.ts [URL]` runs it alone (after `npm run build`); with
// a URL it measures that running server instead of starting one.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { startServer, type RunningServer } from '../../test/support/server';
import { FIXTURE_ORIGIN, NAME_SHIM, PUBLIC_DIR, chromiumInstalled, ensureBuilt, launch, routeFixture } from '../../test/browser/harness';
import { syntheticSeries } from '../../test/browser/fixtures/api-fixture';
import { firstChartMs, hoverTiming, inkOf, keyStepTiming, type Timing } from '../../test/browser/measure';

export interface DashboardBench {
  /** All JavaScript of dist/public, gzip -9, in KB (budget: 100). */
  jsKbGzip: number;
  /** What the first view loads (index.html's scripts and module preloads); the rest is lazy. */
  jsKbGzipFirstView: number;
  jsKbRaw: number;
  /** Navigation start → first chart drawn with data, against the real server (budget: 1000 ms). */
  firstPaint: { coldMs: number; warmMedianMs: number; runs: number } | { error: string };
  /** A 100,000-point series from an in-memory API. */
  bigSeries:
    | {
        points: number;
        /** Size of the series JSON the page received. */
        jsonMb: number;
        /** Navigation → chart; dominated by pushing the JSON through page.route. */
        firstChartMs: number;
        /** Series JSON fully received → chart drawn: parse, datasets, decimation, paint. */
        renderMs: number;
        hover: Timing;
        keyStep: Timing;
        painted: boolean;
      }
    | { error: string };
}

/** Gzipped KB of the scripts index.html loads itself (entry and module preloads), not lazy chunks. */
function firstViewJsKb(): number {
  const html = readFileSync(join(PUBLIC_DIR, 'index.html'), 'utf8');
  const files = [...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="\.?\/?([^"]+\.js)"/g)].map((m) => m[1]!);
  const bytes = files.reduce((n, f) => n + gzipSync(readFileSync(join(PUBLIC_DIR, f)), { level: 9 }).length, 0);
  return Math.round(bytes / 102.4) / 10;
}

/**
 * The current build's scripts. `npm run build` keeps the previous build's fingerprinted files beside
 * the new ones (scripts/build-dashboard.mjs: pages loaded just before a swap still find them), so
 * walking dist/public would count two builds; the build record names the newest one's files.
 */
function currentBuildJs(): string[] {
  const record = join(PUBLIC_DIR, '..', '.public-builds.json');
  if (existsSync(record)) {
    const builds = JSON.parse(readFileSync(record, 'utf8')) as string[][];
    const newest = builds[builds.length - 1];
    if (newest) return newest.filter((f) => f.endsWith('.js')).map((f) => join(PUBLIC_DIR, f));
  }
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      if (e.isDirectory()) walk(join(dir, e.name));
      else if (e.name.endsWith('.js')) files.push(join(dir, e.name));
    }
  };
  walk(PUBLIC_DIR);
  return files;
}

function jsSize(): { gzip: number; raw: number } {
  let gzip = 0;
  let raw = 0;
  for (const f of currentBuildJs()) {
    const bytes = readFileSync(f);
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
  }
  return { gzip: Math.round(gzip / 102.4) / 10, raw: Math.round(raw / 102.4) / 10 };
}

export async function benchDashboard(options: { url?: string } = {}): Promise<DashboardBench> {
  await ensureBuilt();
  const size = jsSize();
  const result: DashboardBench = {
    jsKbGzip: size.gzip,
    jsKbGzipFirstView: firstViewJsKb(),
    jsKbRaw: size.raw,
    firstPaint: { error: 'not measured' },
    bigSeries: { error: 'not measured' },
  };
  if (!chromiumInstalled()) {
    const error = 'chromium is not installed (apt-get install -y chromium)';
    return { ...result, firstPaint: { error }, bigSeries: { error } };
  }
  const { browser, close } = await launch();
  try {
    let server: RunningServer | null = null;
    try {
      const url = options.url ?? (server = await startServer()).url;
      const runs: number[] = [];
      // One context: the first run loads cold, the others with the fingerprinted bundle cached.
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      await context.addInitScript(NAME_SHIM);
      for (let i = 0; i < 6; i++) {
        const page = await context.newPage();
        await page.goto(`${url}/`);
        runs.push(await firstChartMs(page));
        await page.close();
      }
      await context.close();
      const warm = runs.slice(1).sort((a, b) => a - b);
      result.firstPaint = { coldMs: Math.round(runs[0]!), warmMedianMs: Math.round(warm[Math.floor(warm.length / 2)]!), runs: runs.length };
    } catch (err) {
      result.firstPaint = { error: (err as Error).message.replace(/\s+/g, ' ').slice(0, 400) };
    } finally {
      await server?.stop();
    }

    try {
      const points = 100_000;
      const series = syntheticSeries(points);
      const jsonMb = Math.round(JSON.stringify({ points: series }).length / 1e5) / 10;
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      await routeFixture(page, { points: series });
      await page.goto(`${FIXTURE_ORIGIN}/?series=synthetic-bbl-d`);
      const first = await firstChartMs(page, 30_000);
      const received = await page.evaluate(() =>
        Math.max(...performance.getEntriesByType('resource').filter((e) => e.name.includes('/api/series/')).map((e) => (e as PerformanceResourceTiming).responseEnd)),
      );
      const chart = page.locator('series-chart');
      const { ink } = await inkOf(chart.locator('canvas'));
      result.bigSeries = {
        points,
        jsonMb,
        firstChartMs: Math.round(first),
        renderMs: Math.round(first - received),
        hover: await hoverTiming(chart, 30),
        keyStep: await keyStepTiming(chart, 30),
        painted: ink > 500,
      };
      await page.close();
    } catch (err) {
      result.bigSeries = { error: (err as Error).message.replace(/\s+/g, ' ').slice(0, 400) };
    }
  } finally {
    await close();
  }
  return result;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (!existsSync(join(PUBLIC_DIR, 'index.html'))) console.error('dist/public is missing: building it first (npm run build)');
  benchDashboard({ url: process.argv[2] }).then(
    (r) => console.log(JSON.stringify(r, null, 2)),
    (err) => {
      console.error(`bench failed: ${(err as Error).message}`);
      process.exitCode = 1;
    },
  );
}
