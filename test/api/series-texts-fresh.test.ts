// A series' points' texts are kept between reads until the data changes (src/api/series-texts-cache.ts):
// a read after a write must still see the write, whoever made it. Driven through the app as
// `npm start` serves a file: native reads, answers written on the series thread.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { SeriesResponse } from '../../src/api/types';
import { ingestDocument } from '../../src/ingest';
import { inProcessApp, type InProcess } from '../support/app';
import { tempDbUrl } from '../support/temp';

const temp = tempDbUrl();
let target: InProcess;
const TOKEN = 'fresh-token';

/** An invented report of one output figure of the Tawke field on `day` of March 2019. */
const story = (barrels: string, day: number) =>
  `ZAKHO, March ${day + 1} - Output from the Tawke field was ${barrels} barrels per day on March ${day}, 2019, an engineer at the field said.`;

async function post(text: string, published: string): Promise<void> {
  const res = await target.fetch('/api/documents', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${TOKEN}` },
    body: JSON.stringify({ text, published }),
  });
  expect(res.status, await res.clone().text()).toBe(201);
}

let seriesId = '';
/** Without `to`, a read asks a range no read asked before, so the response cache does not answer it. */
let fresh = 0;
async function values(query = ''): Promise<number[]> {
  const to = query.includes('to=') ? '' : `to=2100-01-${String(1 + (fresh++ % 28)).padStart(2, '0')}`;
  const res = await target.fetch(`/api/series/${seriesId}?${[query, to].filter(Boolean).join('&')}`);
  expect(res.status).toBe(200);
  return ((await res.json()) as SeriesResponse).points.map((p) => p.value);
}

beforeAll(async () => {
  target = await inProcessApp(temp.url, { token: TOKEN });
  await post(story('200,000', 3), '2019-03-04');
  const list = (await (await target.fetch('/api/series')).json()) as { series: { id: string }[] };
  seriesId = list.series.find((s) => s.id.startsWith('tawke'))!.id;
});
afterAll(() => {
  target?.database.close();
  temp.cleanup();
});

it('sees a document posted through the app at once, in a range read after the series was kept', async () => {
  expect(await values()).toEqual([200000]);
  // Answered from the kept texts: the same.
  expect(await values()).toEqual([200000]);
  await post(story('230,000', 10), '2019-03-11');
  expect(await values()).toEqual([200000, 230000]);
  expect(await values('from=2019-03-05')).toEqual([230000]);
  expect(await values('from=2019-03-03&to=2019-03-09')).toEqual([200000]);
  expect(await values('from=2019-03-11')).toEqual([]);
});

it('sees a deletion through the app at once', async () => {
  await post(story('250,000', 17), '2019-03-18');
  expect(await values()).toEqual([200000, 230000, 250000]);
  const documents = (await (await target.fetch('/api/documents?limit=10')).json()) as { documents: { id: number; published: string }[] };
  const last = documents.documents.find((d) => d.published === '2019-03-18')!;
  const res = await target.fetch(`/api/documents/${last.id}`, { method: 'DELETE', headers: { Authorization: `Bearer ${TOKEN}` } });
  expect(res.status).toBeLessThan(300);
  expect(await values()).toEqual([200000, 230000]);
});

it('sees an ingest by another connection (the CLI beside a running server) once the server reads the new version', async () => {
  expect(await values()).toEqual([200000, 230000]);
  await ingestDocument(target.database.db, { text: story('260,000', 24), published: '2019-03-25' });
  // The Node server reuses a reading of the data version for up to a second (src/api/version.ts).
  await new Promise((resolve) => setTimeout(resolve, 1100));
  expect(await values()).toEqual([200000, 230000, 260000]);
});
