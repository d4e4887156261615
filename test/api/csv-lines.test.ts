// The report lines made from the cells SQLite writes (src/db/repo/csv-lines.ts, cellBytesLines in
// src/api/csv-cells.ts), through the native read path (bytes) and the drizzle one (text), against the JavaScript renderer of raw rows (tupleCsvLine) over the same rows: numbers of every size, text with every character CSV or a
// spreadsheet cares about, NULLs. What SQLite cannot write exactly must be refused, never written
// differently, and the export then still gives JavaScript's text.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { prng } from '../../scripts/bench/corpus';
import { tupleCsvLine } from '../../src/api/csv';
import { cellBytesLines } from '../../src/api/csv-cells';
import { printedNumber } from '../../src/api/csv-light-rows';
import { ormReads, type ReadPath } from '../../src/db/repo/read-path';
import type { CellChunk, LightRow } from '../../src/db/repo/csv-lines';
import { AT, type PointTuple } from '../../src/db/repo/points';
import { cellChunk, numberCell } from '../../src/db/repo/csv-lines';
import { tuplesAfter } from '../../src/db/repo/csv-rows';
import { inProcessApp, type InProcess } from '../support/app';
import { tempDbUrl } from '../support/temp';
import { parseCsv } from './parse-csv';

const temp = tempDbUrl();
let target: InProcess;

beforeAll(async () => {
  target = await inProcessApp(temp.url);
});
afterAll(() => {
  target.database.close();
  temp.cleanup();
});

/** Values an article states or a derivation computes, and the sizes where the two printers part. */
function values(): number[] {
  const random = prng(7);
  const out = [0, -0, 1, -1, 0.5, 58.26, -60000, 1500000, 1e14, 999999999999999, 1e15, 1.5e15 + 0.5, 2 ** 53, 1e21, 1e-4, 9.99e-5, 2e-5, 1e-7, 100 / 3, 2 / 3 * 1e6, 0.1 + 0.2];
  for (let i = 0; i < 4000; i++) {
    const magnitude = 10 ** Math.floor(random() * 20 - 6);
    const sign = random() < 0.2 ? -1 : 1;
    const decimals = Math.floor(random() * 8);
    out.push(sign * Number((random() * magnitude).toFixed(decimals)));
    out.push(sign * random() * magnitude); // 17 significant digits: what a division gives
    out.push(sign * Math.round(random() * magnitude));
  }
  return out;
}

describe('numbers', () => {
  it('are written as JavaScript writes what SQLite stores, or refused', async () => {
    const db = target.database.db;
    await db.run(sql`CREATE TEMP TABLE n (x REAL)`);
    const all = values();
    for (let i = 0; i < all.length; i += 500) {
      await db.run(sql`INSERT INTO n (x) VALUES ${sql.join(all.slice(i, i + 500).map((x) => sql`(${x})`), sql`, `)}`);
    }
    // json_array is how the export read values before lines were built in SQL: today's text is
    // String() of what it gives.
    const rows = await db.values<[string, string]>(sql`SELECT ${numberCell(sql.raw('x'))}, json_array(x) FROM n`);
    let refused = 0;
    for (const row of rows) {
      // Indexed: @libsql/client's rows are array-like, not iterable.
      const cell = row[0];
      const json = row[1];
      const before = String((JSON.parse(json) as number[])[0]);
      if (cell === '\u0001') {
        refused++;
        const x = Math.abs(Number(before));
        expect(x >= 999999999999999 || (x < 1e-4 && x !== 0), `${before} refused`).toBe(true);
      } else {
        expect(cell).toBe(before);
        // Grouping reads the value back from the printed cell: the stored value, to the last bit.
        const bytes = new TextEncoder().encode(cell);
        expect(Object.is(printedNumber(bytes, 0, bytes.length), Number(before)), cell).toBe(true);
      }
    }
    expect(rows.length).toBe(all.length);
    // Refusals are the rare sizes only: most of this sample is written by SQLite.
    expect(refused).toBeGreaterThan(0);
    expect(refused).toBeLessThan(all.length * 0.3);
  });
});

const NASTY = ['', 'plain', 'a,b', 'say "hi"', 'two\nlines', 'cr\rhere', '=1+1', '+cmd', '-x', '@SUM(A1)', '\tTab', '\rcr first', '=HYPERLINK("x","y"), yes', 'Kürdistan – “quoted” ✓', "it's", ' lead space', '300,000 barrels per day'];

async function insertRows(count: number, seed: number, firstId: number): Promise<void> {
  const random = prng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const c = target.database.client;
  const doc = firstId;
  await c.execute({
    sql: `INSERT INTO documents (id, hash, title, source, url, published, published_source, text, ingested_at) VALUES (?, ?, ?, ?, ?, ?, 'manifest', 'x', '2018-01-01T00:00:00Z')`,
    args: [doc, `h${doc}`, random() < 0.3 ? null : pick(NASTY), random() < 0.3 ? null : pick(NASTY), random() < 0.5 ? null : pick(NASTY), random() < 0.2 ? null : '2018-01-02'],
  });
  await c.execute(`INSERT OR IGNORE INTO series (id, label, unit) VALUES ('t-bbl-d', 'T', 'bbl/d')`);
  for (let i = 0; i < count; i++) {
    const value = pick([1500000, -60000, 58.26, 100 / 3, 0.4, 625000, 12.5]) * (1 + Math.floor(random() * 3));
    await c.execute({
      sql: `INSERT INTO figures (id, document_id, ordinal, series_id, value, unit, low, high, approx, kind, measure, per, as_of, as_of_to, subject, start, "end", text, sentence, attribution, confidence, tags, derived_from)
        VALUES (?, ?, ?, 't-bbl-d', ?, 'bbl/d', ?, ?, ?, ?, 'flow', ?, ?, ?, ?, 0, 1, ?, ?, NULL, 0.9, '[]', '[]')`,
      args: [
        firstId + i, doc, i, value, random() < 0.3 ? value - 1000 : null, random() < 0.3 ? value + 0.5 : null, random() < 0.5 ? 1 : 0,
        pick(['level', 'change', 'derived']), random() < 0.2 ? 'month' : null, `2018-01-0${1 + Math.floor(random() * 5)}`,
        random() < 0.2 ? '2018-01-31' : null, pick(NASTY), pick(NASTY), pick(NASTY),
      ],
    });
  }
}

/** A chunk's lines as strings, or null when they are refused. */
function cellLines(chunk: CellChunk): string[] | null {
  const bytes = typeof chunk.text === 'string' ? new TextEncoder().encode(chunk.text) : chunk.text;
  const lines = cellBytesLines(bytes, chunk.count);
  const decoder = new TextDecoder();
  return lines && lines.ends.map((end, i) => decoder.decode(lines.bytes.subarray(i ? lines.ends[i - 1] : 0, end)));
}

function lightRowsOf(chunk: CellChunk, withSource: boolean): LightRow[] | undefined {
  const bytes = typeof chunk.text === 'string' ? new TextEncoder().encode(chunk.text) : chunk.text;
  return cellBytesLines(bytes, chunk.count, undefined, withSource)?.rows;
}

function lightRowOf(t: PointTuple): LightRow {
  return [t[AT.id], t[AT.series], t[AT.kind], t[AT.value], t[AT.low], t[AT.high], t[AT.asOf]!, t[AT.asOfTo], t[AT.source]];
}

const paths: [string, () => ReadPath][] = [
  ['native', () => target.reads],
  ['drizzle', () => ormReads(target.database.db)],
];

describe('lines', () => {
  it('are the JavaScript renderer’s lines, cell for cell, on both read paths', async () => {
    await insertRows(400, 3, 1000);
    const filter = { series: ['t-bbl-d'] };
    const tuples = await tuplesAfter(target.database.db, filter, null, 10_000);
    expect(tuples.length).toBe(400);
    expect(target.reads.blobs).toBe(true);
    for (const [name, reads] of paths) {
      const chunk = await cellChunk(reads(), filter, null, 10_000);
      expect(typeof chunk.text === 'string', name).toBe(name === 'drizzle');
      expect(cellLines(chunk), name).toEqual(tuples.map(tupleCsvLine));
      // What grouping reads, taken from the same cells: the stored values, NULLs as null.
      expect(lightRowsOf(chunk, true), name).toEqual(tuples.map(lightRowOf));
      expect(lightRowsOf(chunk, false), name).toEqual(tuples.map((t) => lightRowOf(t).slice(0, 8)));
    }
  });

  it('refuse a chunk they cannot write exactly, and the export writes it in JavaScript', async () => {
    const c = target.database.client;
    await c.execute(`UPDATE figures SET value = 1e21 WHERE id = 1001`);
    await c.execute(`UPDATE figures SET low = 0.00002 WHERE id = 1002`);
    await c.execute(`UPDATE figures SET sentence = 'odd ' || char(31) || ' byte' WHERE id = 1003`);
    await c.execute(`UPDATE meta SET value = value + 1 WHERE key = 'data_version'`);
    await c.execute(`UPDATE figures SET subject = 'odd ' || char(1) || ' byte' WHERE id = 1004`);
    await c.execute(`UPDATE documents SET title = 'odd ' || char(30) || ' byte'`);
    for (const id of [1001, 1002, 1003]) {
      // A one-row chunk holding just that figure: the cursor is the row before it in (asOf, id) order.
      const [before] = await target.database.db.values<[string, number]>(
        sql`SELECT as_of, id FROM figures WHERE (as_of, id) < (SELECT as_of, id FROM figures WHERE id = ${id}) ORDER BY as_of DESC, id DESC LIMIT 1`,
      );
      const cursor = before ? { asOf: before[0], id: before[1] } : null;
      for (const [name, reads] of paths) {
        const chunk = await cellChunk(reads(), { series: ['t-bbl-d'] }, cursor, 1);
        expect(chunk.count).toBe(1);
        expect(cellLines(chunk), `figure ${id}, ${name}`).toBeNull();
      }
    }
    const rows = parseCsv(await (await target.fetch('/api/series/t-bbl-d.csv')).text());
    const byId = new Map(rows.slice(1).map((r) => [r[17], r]));
    expect(rows.length).toBe(401);
    expect(byId.get('1001')![2]).toBe('1e+21');
    expect(byId.get('1002')![6]).toBe('0.00002');
    expect(byId.get('1003')![14]).toBe('odd \u001f byte');
    expect(byId.get('1004')![8]).toBe('odd \u0001 byte');
    expect(byId.get('1004')![10]).toBe('odd \u001e byte');
  });
});
