// GET /api/series/:id over random series: the answer written from the points' stored JSON texts
// (src/db/figure-json.ts, point-texts.ts, point-report.ts, series-text.ts), on this thread and on
// the series thread, must be byte for byte the answer built from objects (what sqld, Turso and D1
// serve). series-text.test.ts covers chosen awkward cases; these series are drawn from a seeded
// generator (values, ranges, kinds, repeated days, periods, odd characters, documents shared or
// not), so a mismatch names its seed and reproduces.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Database } from '../../src/db/client';
import { nativeReads, type NativeReads } from '../../src/db/native-read';
import { pointTexts } from '../../src/db/repo/point-texts';
import { seriesAnswersHere } from '../../src/api/series-answer';
import { seriesThread, type SeriesThread } from '../../src/api/series-thread';
import { createNodeApp } from '../../src/node';
import { openMigrated } from '../support/database';
import { tempDbUrl } from '../support/temp';

const temp = tempDbUrl();
let database: Database;
let native: NativeReads;
let thread: SeriesThread;
let apps: { text: ReturnType<typeof createNodeApp>; objects: ReturnType<typeof createNodeApp>; thread: ReturnType<typeof createNodeApp> };

const SEEDS = [1, 2, 3, 4, 5, 6];

/** mulberry32: small, seeded, good enough to draw test data. */
function generator(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PIECES = ['flows', ' ', '"quoted"', '\\', 'é', '😀', '\u2028', '\n', '\t', '\u0001', '<b>', 'Kirkuk', '300,000', "'s"];

async function addSeries(seed: number): Promise<string> {
  const random = generator(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const words = (n: number) => Array.from({ length: 1 + Math.floor(random() * n) }, () => pick(PIECES)).join('');
  const id = `random-${seed}-bbl-d`;
  await database.client.execute({ sql: `INSERT INTO series (id, label, unit) VALUES (?, ?, 'bbl/d')`, args: [id, id] });
  // A few documents, shared by several points or not.
  const documents: number[] = [];
  for (let d = 0; d < 2 + Math.floor(random() * 6); d++) {
    const documentId = seed * 1000 + d;
    documents.push(documentId);
    await database.client.execute({
      sql: `INSERT INTO documents (id, hash, title, source, url, published, published_source, text, ingested_at) VALUES (?, ?, ?, ?, ?, ?, 'manifest', 'x', '2020-01-01T00:00:00Z')`,
      args: [documentId, `h${documentId}`, random() < 0.2 ? null : words(6), random() < 0.3 ? null : pick(['Reuters', 'Ministry of Oil', 'Rudaw "English"']), random() < 0.3 ? null : `https://example.com/${documentId}?q="${words(2)}"`, random() < 0.2 ? null : '2019-05-0' + (1 + Math.floor(random() * 9))],
    });
  }
  const points = 10 + Math.floor(random() * 70);
  for (let p = 0; p < points; p++) {
    const figureId = seed * 1000 + p;
    const base = pick([300000, 1200000, 58.26, 0.1, 1 / 3, 2364504088182.00003, 42, 7.5e6]);
    const value = random() < 0.3 ? base : base * (1 + (random() - 0.5) * pick([0.001, 0.02, 0.5]));
    const ranged = random() < 0.2;
    const day = `2020-0${1 + Math.floor(random() * 3)}-1${Math.floor(random() * 4)}`;
    const period = random() < 0.15;
    await database.client.execute({
      sql: `INSERT INTO figures (id, document_id, ordinal, series_id, value, unit, low, high, approx, kind, measure, per, as_of, as_of_to, subject, start, "end", text, sentence, attribution, confidence, tags, derived_from)
        VALUES (?, ?, ?, ?, ?, 'bbl/d', ?, ?, ?, ?, 'flow', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      args: [
        figureId, pick(documents), p, id, value, ranged ? value * 0.9 : null, ranged && random() < 0.7 ? value * 1.1 : null, random() < 0.4 ? 1 : 0,
        pick(['level', 'level', 'derived', 'change', 'share', 'target']), pick([null, null, 'month']), period ? day.slice(0, 8) + '01' : day, period ? day.slice(0, 8) + '28' : null,
        words(3), Math.floor(random() * 50), 50 + Math.floor(random() * 50), words(4), words(12), random() < 0.5 ? null : words(3), Math.round(random() * 1000) / 1000,
        JSON.stringify([pick(['unit:bpd', 'rule:level']), words(2)]), JSON.stringify(random() < 0.2 ? [figureId - 1] : []),
      ],
    });
  }
  return id;
}

const ids: string[] = [];

beforeAll(async () => {
  database = await openMigrated(temp.url);
  for (const seed of SEEDS) ids.push(await addSeries(seed));
  await database.client.execute(`UPDATE meta SET value = value + 1 WHERE key = 'data_version'`);
  native = nativeReads(database.db, database.path!);
  thread = seriesThread(database.path!, seriesAnswersHere(native));
  expect(await thread.started()).toBe(true);
  apps = {
    text: createNodeApp(database.db, { token: null, maxBodyBytes: 1e6, reads: native }),
    objects: createNodeApp(database.db, { token: null, maxBodyBytes: 1e6 }),
    thread: createNodeApp(database.db, { token: null, maxBodyBytes: 1e6, reads: native, seriesAnswers: thread }),
  };
});
afterAll(async () => {
  await thread?.close();
  native?.close();
  database?.close();
  temp.cleanup();
});

it('answers every random series alike from stored texts, on the thread and from objects', async () => {
  for (const id of ids) {
    // Not a vacuous comparison: the text path takes every one of these series.
    expect(await pointTexts(native, { series: [id] }), id).not.toBeNull();
    for (const query of ['', '?to=2020-02-15', '?from=2020-02-01', '?kinds=level,derived', '?every=month']) {
      const path = `/api/series/${id}${query}`;
      const [text, objects, threaded] = await Promise.all([apps.text.request(path), apps.objects.request(path), apps.thread.request(path)]);
      expect(objects.status, path).toBe(200);
      const expected = await objects.text();
      expect(await text.text(), path).toBe(expected);
      expect(await threaded.text(), path).toBe(expected);
    }
  }
  expect(thread.threaded()).toBe(true);
});
