// Measurements taken inside the page, shared by the browser tests and scripts/bench/dashboard.ts.
import type { Locator, Page } from 'playwright-core';

/** The performance mark series-chart sets when the first chart with data is drawn. */
export const FIRST_CHART_MARK = 'flowline:first-chart';
/** The mark series-chart sets on every draw with data (the last one tells when many charts are done). */
export const CHART_DRAWN_MARK = 'flowline:chart-drawn';

/** Milliseconds from navigation start to the first chart drawn with data, once it happened. */
export async function firstChartMs(page: Page, timeoutMs = 20_000): Promise<number> {
  try {
    await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, FIRST_CHART_MARK, { timeout: timeoutMs });
  } catch (err) {
    // Say what the page shows instead (a loading or error message) so a failure can be read.
    const shown = await page
      .locator('flowline-app')
      .evaluate((el) => el.shadowRoot?.textContent?.replace(/\s+/g, ' ').slice(0, 600) ?? '(no shadow root)')
      .catch(() => '(page not readable)');
    throw new Error(`no chart was drawn within ${timeoutMs} ms at ${page.url()}; the page shows: ${shown}`, { cause: err });
  }
  return page.evaluate((mark) => performance.getEntriesByName(mark)[0]!.startTime, FIRST_CHART_MARK);
}

/** How many canvas pixels are close to the given CSS colour variable (the first series' colour). */
export async function inkOf(canvas: Locator, cssVar = '--fl-series-1'): Promise<{ ink: number; total: number }> {
  return canvas.evaluate((el, name) => {
    const c = el as HTMLCanvasElement;
    const value = getComputedStyle(c).getPropertyValue(name).trim();
    const probe = document.createElement('canvas').getContext('2d')!;
    probe.fillStyle = value;
    probe.fillRect(0, 0, 1, 1);
    const [r, g, b] = probe.getImageData(0, 0, 1, 1).data;
    const data = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
    let ink = 0;
    for (let i = 0; i < data.length; i += 4) {
      if (data[i + 3]! > 200 && Math.abs(data[i]! - r!) + Math.abs(data[i + 1]! - g!) + Math.abs(data[i + 2]! - b!) < 60) ink++;
    }
    return { ink, total: data.length / 4 };
  }, cssVar);
}

/** Pixels of a canvas column that are not transparent, between the chart's top and bottom. */
export async function columnInk(canvas: Locator, x: number): Promise<number> {
  return canvas.evaluate((el, cssX) => {
    const c = el as HTMLCanvasElement;
    const ratio = c.width / c.clientWidth;
    const col = c.getContext('2d')!.getImageData(Math.round(cssX * ratio), 0, 1, c.height).data;
    let ink = 0;
    for (let i = 3; i < col.length; i += 4) if (col[i]! > 100) ink++;
    return ink;
  }, x);
}

export interface Timing {
  median: number;
  max: number;
  samples: number;
}

function timing(samples: number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    median: Math.round((sorted[Math.floor(sorted.length / 2)] ?? NaN) * 10) / 10,
    max: Math.round((sorted[sorted.length - 1] ?? NaN) * 10) / 10,
    samples: sorted.length,
  };
}

/**
 * Time from a mouse move over the chart to the next painted frame with the evidence box updated,
 * over `n` positions across the plot. Measured in the page, so no driver round trips are counted.
 */
export async function hoverTiming(chart: Locator, n = 20): Promise<Timing> {
  const samples = await chart.evaluate(async (el, count) => {
    const host = el as HTMLElement & { updateComplete: Promise<unknown> };
    const canvas = host.shadowRoot!.querySelector('canvas')!;
    const r = canvas.getBoundingClientRect();
    const frame = () => new Promise<void>((res) => requestAnimationFrame(() => res()));
    const out: number[] = [];
    for (let i = 0; i < count; i++) {
      const t0 = performance.now();
      canvas.dispatchEvent(new MouseEvent('mousemove', { clientX: r.left + r.width * (0.1 + (0.8 * i) / count), clientY: r.top + r.height / 2, bubbles: true }));
      await frame(); // chart.js handles pointer events on the next animation frame
      await host.updateComplete;
      await frame();
      out.push(performance.now() - t0);
    }
    return out;
  }, n);
  return timing(samples);
}

/** Time for one arrow-key step through the points (evidence box updated and painted). */
export async function keyStepTiming(chart: Locator, n = 20): Promise<Timing> {
  const samples = await chart.evaluate(async (el, count) => {
    const host = el as HTMLElement & { updateComplete: Promise<unknown> };
    const canvas = host.shadowRoot!.querySelector('canvas')!;
    canvas.focus();
    const frame = () => new Promise<void>((res) => requestAnimationFrame(() => res()));
    const out: number[] = [];
    for (let i = 0; i < count; i++) {
      const t0 = performance.now();
      canvas.dispatchEvent(new KeyboardEvent('keydown', { key: i === 0 ? 'Home' : 'PageDown', bubbles: true, composed: true }));
      await host.updateComplete;
      await frame();
      out.push(performance.now() - t0);
    }
    return out;
  }, n);
  return timing(samples);
}

/** Text of an element including its shadow root (Playwright's innerText stops at the shadow boundary). */
export async function deepText(el: Locator): Promise<string> {
  return el.evaluate((node) => {
    const walk = (n: Node): string => {
      if (n.nodeType === Node.TEXT_NODE) return n.textContent ?? '';
      if (n instanceof HTMLElement && (n.hidden || n.tagName === 'STYLE')) return '';
      const root = (n as Element).shadowRoot;
      return [...(root ?? n).childNodes].map(walk).join('');
    };
    return walk(node).replace(/\s+/g, ' ').trim();
  });
}
