// Text from an article is shown in the dashboard: it must be shown, never run. An article whose
// text, title and source carry <script> and <img onerror> is ingested through the real server, then
// the document view and the series table are rendered in chromium; no injected code may run and
// the markup must appear as the literal characters.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IngestResponse } from '../../src/api/types';
import { ensureBuilt, hasChromium, launch } from '../browser/harness';
import { startServer, type RunningServer } from '../support/server';

const TOKEN = 'xss-test-token';
const TEXT =
  'ERBIL (Bench Wire) - Crude flows through the Kirkuk-Ceyhan pipeline reached 444,000 barrels per day on Tuesday, ' +
  'a shipping source said <script>window.__xss = "text-script"</script> in a statement.\n' +
  'Engineers posted <img src=x onerror="window.__xss = \'text-img\'"> and <svg onload="window.__xss = \'text-svg\'"></svg> notes, ' +
  'and a <a href="javascript:window.__xss = \'text-link\'">link</a>; exports held at 410,000 barrels per day on Wednesday.\n';
const TITLE = '<img src=x onerror="window.__xss = \'title\'">Pipeline <b>flows</b>';
const SOURCE = '<script>window.__xss = "source"</script>Wire';

let server: RunningServer | undefined;
let ingested: IngestResponse;

describe.skipIf(!hasChromium())('markup in articles shown in the dashboard', () => {
  beforeAll(async () => {
    await ensureBuilt();
    server = await startServer({ env: { FLOWLINE_TOKEN: TOKEN } });
    const res = await fetch(`${server.url}/api/documents`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${TOKEN}` },
      body: JSON.stringify({ text: TEXT, title: TITLE, source: SOURCE, url: 'https://example.com/x?a=<b>', published: '2017-10-17' }),
    });
    expect(res.status, await res.clone().text()).toBe(201);
    ingested = (await res.json()) as IngestResponse;
    expect(ingested.figures.length).toBeGreaterThan(0);
  }, 120_000);
  afterAll(async () => {
    await server?.stop();
  });

  it('stores the markup as plain text', async () => {
    const doc = (await (await fetch(`${server!.url}/api/documents/${ingested.document.id}`)).json()) as { document: { text: string; title: string } };
    expect(doc.document.text).toBe(TEXT);
    expect(doc.document.title).toBe(TITLE);
  });

  it('runs none of it in the document view or the series table', { timeout: 90_000 }, async () => {
    const { browser, close } = await launch();
    try {
      const page = await browser.newPage();
      const dialogs: string[] = [];
      page.on('dialog', (d) => {
        dialogs.push(d.message());
        void d.dismiss();
      });
      const pageErrors: string[] = [];
      page.on('pageerror', (e) => pageErrors.push(e.message));
      const figure = ingested.figures[0]!;

      await page.goto(`${server!.url}/?doc=${ingested.document.id}&fig=${figure.id}`);
      // Playwright's CSS selectors pierce open shadow roots, where Lit renders.
      const text = page.locator('document-view [part="text"]');
      await text.waitFor({ state: 'visible', timeout: 30_000 });
      const shown = await text.innerText();
      expect(shown).toContain('<script>window.__xss = "text-script"</script>');
      expect(shown).toContain('<img src=x onerror=');
      await expect.poll(() => page.locator('document-view h2').innerText()).toContain('<img src=x onerror=');
      expect(await page.locator('img[src="x"]').count()).toBe(0);
      expect(await page.locator('document-view script, document-view svg[onload], a[href^="javascript:"]').count()).toBe(0);

      await page.goto(`${server!.url}/?series=${figure.series}&view=table&from=2017-10-01&to=2017-10-31`);
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(500);
      expect(await page.locator('img[src="x"]').count()).toBe(0);

      expect(await page.evaluate(() => (window as unknown as { __xss?: string }).__xss)).toBeUndefined();
      expect(dialogs).toEqual([]);
      expect(pageErrors).toEqual([]);
    } finally {
      await close();
    }
  });
});
