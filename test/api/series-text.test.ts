// GET /api/series/:id answered from the points' JSON that SQLite writes (src/db/repo/point-texts.ts,
// src/api/series-text.ts) must be byte for byte the answer built from objects, which sqld, Turso
// and D1 serve: over awkward numbers (whole reals, 15-digit roundings, ranges), awkward characters
// (quotes, backslashes, control characters, emoji, U+2028), agreeing and disagreeing reports of
// one day, and every query shape. Numbers SQLite cannot write as JavaScript does refuse the text
// path, and the same bytes still come back. The Node server writes that answer on a thread of its
// own (src/api/series-thread.ts): its bytes are compared the same way.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Database } from '../../src/db/client';
import { nativeReads, type NativeReads } from '../../src/db/native-read';
import { pointTexts, type PointTexts } from '../../src/db/repo/point-texts';
import { pointTextsBetween } from '../../src/api/point-texts-range';
import { seriesAnswersHere } from '../../src/api/series-answer';
import { seriesThread, type SeriesThread } from '../../src/api/series-thread';
import { createNodeApp } from '../../src/node';
import { openMigrated } from '../support/database';
import { tempDbUrl } from '../support/temp';

const temp = tempDbUrl();
let database: Database;
let native: NativeReads;
let nativeApp: ReturnType<typeof createNodeApp>;
let drizzleApp: ReturnType<typeof createNodeApp>;
let thread: SeriesThread;
let threadApp: ReturnType<typeof createNodeApp>;

const ODD_TEXT = 'Flows "rose" to 5\\6 bpd\u0001\b\t\n\f\r\u001f\u007f, é😀\u2028 said </script>';
/** Numbers SQLite writes unlike JavaScript unless handled: whole reals, 15-digit roundings, small and signed ones. */
const SAFE = [300000, 0.1, 1 / 3, 2364504088182.00003, 123456789012345.6, -0.5, 0.0001, 99999999999999.4, 999999999999998.9, -0, 58.26, 0.30000000000000004, 0.9999999999999, -0.99999999999999994, 0.00010000000000000001];
/** Numbers SQLite would write with an exponent or rounded past 15 digits. */
const UNSAFE = [1.5e15, 1e-5, 1e21];

async function addDocument(id: number, title: string | null, source: string | null): Promise<void> {
  await database.client.execute({
    sql: `INSERT INTO documents (id, hash, title, source, url, published, published_source, text, ingested_at) VALUES (?, ?, ?, ?, ?, '2019-03-02', 'manifest', 'x', '2019-03-02T00:00:00Z')`,
    args: [id, `h${id}`, title, source, source ? 'https://example.com/a?b="c"' : null],
  });
}

interface FigureRow {
  id: number;
  document: number;
  series: string;
  value: number;
  kind?: string;
  asOf: string;
  asOfTo?: string | null;
  low?: number | null;
  high?: number | null;
  confidence?: number;
  approx?: number;
}

async function addFigure(f: FigureRow): Promise<void> {
  await database.client.execute({
    sql: `INSERT INTO figures (id, document_id, ordinal, series_id, value, unit, low, high, approx, kind, measure, per, as_of, as_of_to, subject, start, "end", text, sentence, attribution, confidence, tags, derived_from)
      VALUES (?, ?, ?, ?, ?, 'bbl/d', ?, ?, ?, ?, 'flow', NULL, ?, ?, ?, 3, 9, ?, ?, ?, ?, ?, ?)`,
    args: [
      f.id, f.document, f.id, f.series, f.value, f.low ?? null, f.high ?? null, f.approx ?? 0, f.kind ?? 'level', f.asOf, f.asOfTo ?? null,
      `Line ${f.id} "north"`, ODD_TEXT.slice(f.id % 7), `${ODD_TEXT} (${f.id})`, f.id % 2 ? 'an "official"' : null, f.confidence ?? 0.8733333333333333,
      JSON.stringify(['unit:bpd', `odd:${ODD_TEXT.slice(0, 12)}`]), JSON.stringify(f.id % 3 ? [] : [f.id - 1]),
    ],
  });
}

beforeAll(async () => {
  database = await openMigrated(temp.url);
  for (const id of ['safe-bbl-d', 'unsafe-bbl-d']) await database.client.execute({ sql: `INSERT INTO series (id, label, unit) VALUES (?, ?, 'bbl/d')`, args: [id, id] });
  await addDocument(1, 'Report "one"\n', 'Ministry of Oil');
  await addDocument(2, null, null);
  let id = 10;
  for (const [i, value] of SAFE.entries()) {
    const day = `2020-0${1 + (i % 4)}-1${i % 3}`;
    await addFigure({ id: id++, document: 1 + (i % 2), series: 'safe-bbl-d', value, asOf: day, kind: i % 5 === 4 ? 'change' : 'level', approx: i % 2 });
    // The same day again: agreeing within 1 %, a range overlapping it, a derived level, a month.
    await addFigure({ id: id++, document: 2, series: 'safe-bbl-d', value: Math.abs(value) > 1e14 ? value : value * 1.004, asOf: day, kind: 'derived', confidence: 0.5 });
    if (i % 3 === 0) await addFigure({ id: id++, document: 1, series: 'safe-bbl-d', value: value * 3 + 1, low: value * 2, high: value * 4 + 2, asOf: day });
    await addFigure({ id: id++, document: 1, series: 'safe-bbl-d', value: Math.abs(value) > 1e14 ? value / 2 : value + 7, asOf: '2020-05-01', asOfTo: '2020-05-31', confidence: 1 / 7 });
  }
  for (const [i, value] of [...SAFE.slice(0, 3), ...UNSAFE].entries()) {
    await addFigure({ id: id++, document: 1, series: 'unsafe-bbl-d', value, asOf: `2021-01-0${1 + i}` });
  }
  await database.client.execute(`UPDATE meta SET value = value + 1 WHERE key = 'data_version'`);
  native = nativeReads(database.db, database.path!);
  nativeApp = createNodeApp(database.db, { token: null, maxBodyBytes: 1e6, reads: native });
  drizzleApp = createNodeApp(database.db, { token: null, maxBodyBytes: 1e6 });
  thread = seriesThread(database.path!, seriesAnswersHere(native));
  // Until it has started, the main thread answers: compare the thread's own bytes.
  expect(await thread.started()).toBe(true);
  threadApp = createNodeApp(database.db, { token: null, maxBodyBytes: 1e6, reads: native, seriesAnswers: thread });
});
afterAll(async () => {
  await thread?.close();
  native?.close();
  database?.close();
  temp.cleanup();
});

const QUERIES = ['', '?to=2019-12-31', '?to=2020-03-31', '?from=2020-02-01&to=2020-05-01', '?kinds=level', '?kinds=derived,change', '?every=month', '?every=week&kinds=level,derived', '?sources=ministry'];

it('writes the same bytes from SQLite’s JSON as from objects, for every query', async () => {
  expect(await pointTexts(native, { series: ['safe-bbl-d'] })).not.toBeNull();
  for (const query of QUERIES) {
    const path = `/api/series/safe-bbl-d${query}`;
    const [fromText, fromObjects, fromThread] = await Promise.all([nativeApp.request(path), drizzleApp.request(path), threadApp.request(path)]);
    expect(fromText.status, path).toBe(200);
    const text = await fromText.text();
    expect(text, path).toBe(await fromObjects.text());
    expect(await fromThread.text(), path).toBe(text);
    expect(fromText.headers.get('etag'), path).toBe(fromObjects.headers.get('etag'));
    expect(fromThread.headers.get('etag'), path).toBe(fromObjects.headers.get('etag'));
  }
  expect(thread.threaded()).toBe(true);
  // Not a vacuous comparison: the series has reports that agree, disagree and span a month.
  const body = (await (await nativeApp.request('/api/series/safe-bbl-d')).json()) as { points: unknown[]; observations: { figures: number[]; disagrees: string[] }[] };
  expect(body.points.length).toBeGreaterThan(body.observations.length);
  expect(body.observations.some((o) => o.disagrees.length > 0)).toBe(true);
});

it('refuses the text path for numbers SQLite writes otherwise, and still answers the same bytes', async () => {
  expect(await pointTexts(native, { series: ['unsafe-bbl-d'] })).toBeNull();
  expect(await pointTexts(native, { series: ['unsafe-bbl-d'], to: '2021-01-03' })).not.toBeNull();
  for (const query of ['', '?to=2021-01-03', '?every=month']) {
    const path = `/api/series/unsafe-bbl-d${query}`;
    const [fromText, fromObjects, fromThread] = await Promise.all([nativeApp.request(path), drizzleApp.request(path), threadApp.request(path)]);
    const text = await fromText.text();
    expect(text, path).toBe(await fromObjects.text());
    expect(await fromThread.text(), path).toBe(text);
  }
  const values = ((await (await nativeApp.request('/api/series/unsafe-bbl-d')).json()) as { points: { value: number }[] }).points.map((p) => p.value);
  expect(values.slice(3)).toEqual(UNSAFE);
});

it('cuts a kept series’ texts to a date range exactly as SQLite reads that range', async () => {
  const whole = (await pointTexts(native, { series: ['safe-bbl-d'] }))!;
  const days = [...new Set(whole.reports.map((r) => r.asOf))].sort();
  expect(days.length).toBeGreaterThan(3);
  // Bounds on the days themselves, between them, before and after them all, open, and crossed.
  const bounds = [null, '2019-01-01', ...days, ...days.map((d) => `${d}x`), '2020-01-00', '2099-12-31'];
  const plain = (t: PointTexts) => ({ json: new TextDecoder().decode(t.json), ends: t.ends, reports: t.reports });
  let empty = 0;
  for (const from of bounds) {
    for (const to of bounds) {
      const expected = (await pointTexts(native, { series: ['safe-bbl-d'], from, to }))!;
      if (expected.reports.length === 0) empty++;
      expect(plain(pointTextsBetween(whole, from, to)), `${from}..${to}`).toEqual(plain(expected));
    }
  }
  expect(empty).toBeGreaterThan(0);
});
