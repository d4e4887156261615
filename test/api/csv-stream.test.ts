// A large export streams: many chunks, every row, in order, and the server holds one page at a time.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { inProcessApp, type InProcess } from '../support/app';
import { tempDbUrl } from '../support/temp';
import { CSV_PAGE_ROWS } from '../../src/api/csv';
import { parseCsv } from './parse-csv';

const ROWS = 25_000;
const temp = tempDbUrl();
let target: InProcess;

beforeAll(async () => {
  target = await inProcessApp(temp.url);
  const c = target.database.client;
  await c.execute(`INSERT INTO documents (hash, title, source, url, published, published_source, text, ingested_at)
    VALUES ('h', '=cmd|calc', 'test', NULL, '2018-01-01', 'manifest', 'x', '2018-01-01T00:00:00Z')`);
  await c.execute(`INSERT INTO series (id, label, unit) VALUES ('big-bbl-d', 'Big', 'bbl/d')`);
  // A recursive CTE fills the table in one statement (fast), with dates cycling over ~3 years.
  await c.execute(`WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < ${ROWS - 1})
    INSERT INTO figures (document_id, ordinal, series_id, value, unit, approx, kind, as_of, subject, start, "end", text, sentence, confidence, tags, derived_from)
    SELECT 1, i, 'big-bbl-d', (i % 1000) * 1000 - 500000, 'bbl/d', 0, 'level', date('2015-01-01', '+' || (i % 1000) || ' days'),
      'Big', 0, 1, 'x', 'sentence, with "quotes"', 0.9, '[]', '[]' FROM n`);
  await target.database.db.run(sql`UPDATE meta SET value = value + 1 WHERE key = 'data_version'`);
});
afterAll(() => {
  target.database.close();
  temp.cleanup();
});

it(`streams ${ROWS} rows in pages, sorted, complete`, async () => {
  const res = await target.fetch('/api/series/big-bbl-d.csv');
  expect(res.status).toBe(200);
  const reader = res.body!.getReader();
  const decoder = new TextDecoder();
  let chunks = 0;
  let text = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    chunks++;
    text += decoder.decode(value, { stream: true });
  }
  expect(chunks).toBeGreaterThanOrEqual(ROWS / CSV_PAGE_ROWS);
  const rows = parseCsv(text);
  expect(rows.length).toBe(ROWS + 1);
  const keys = rows.slice(1).map((r) => `${r[0]}#${r[17]!.padStart(6, '0')}`);
  expect(keys).toEqual([...keys].sort());
  expect(new Set(rows.slice(1).map((r) => r[17])).size).toBe(ROWS);
  expect(rows.some((r) => r[2] === '-500000')).toBe(true);
  expect(rows[1]![10]).toBe("'=cmd|calc");
});

it('counts the 25 reports of each day once, across pages, in either form', async () => {
  // Every date holds 25 figures of one value: one observation each, whatever page they fall on.
  // Seven more on the first date shift every later date off the page boundaries, so a
  // page that ended mid-day would split an observation in two.
  const c = target.database.client;
  await c.execute(`WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < 6)
    INSERT INTO figures (document_id, ordinal, series_id, value, unit, approx, kind, as_of, subject, start, "end", text, sentence, confidence, tags, derived_from)
    SELECT 1, ${ROWS} + i, 'big-bbl-d', -500000, 'bbl/d', 0, 'level', '2015-01-01', 'Big', 0, 1, 'x', 'x', 0.9, '[]', '[]' FROM n`);
  await target.database.db.run(sql`UPDATE meta SET value = value + 1 WHERE key = 'data_version'`);
  const reports = parseCsv(await (await target.fetch('/api/series/big-bbl-d.csv')).text()).slice(1);
  const perObservation = new Map<string, Set<string>>();
  for (const r of reports) (perObservation.get(r[20]!) ?? perObservation.set(r[20]!, new Set()).get(r[20]!))!.add(r[0]!);
  expect(perObservation.size).toBe(1000);
  for (const dates of perObservation.values()) expect(dates.size).toBe(1);

  const observations = parseCsv(await (await target.fetch('/api/series/big-bbl-d.csv?rows=observations')).text());
  expect(observations.length).toBe(1000 + 1);
  const col = (name: string) => observations[0]!.indexOf(name);
  expect(observations[1]![col('reports')]).toBe('32');
  expect(observations.slice(2).every((r) => r[col('reports')] === '25' && r[col('documents')] === '1' && r[col('disagrees_with')] === '')).toBe(true);
  expect(new Set(observations.slice(1).map((r) => r[col('observation_id')]))).toEqual(new Set(perObservation.keys()));
});
