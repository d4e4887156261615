// Storing reference series on a real libSQL file: 10,000 rows in one import (timed in the bench,
// not here), nothing half-imported, a re-import replacing the values, and the shipped series
// loaded once with `npm start`'s call.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/client';
import { getDataVersion } from '../../src/db/repo/meta';
import { ReferenceCsvError } from '../../src/reference/csv';
import { getReference, listReferences, referenceValuesBetween } from '../../src/reference/read';
import { loadShippedReferences, summariseShipped } from '../../src/reference/shipped';
import { importReference } from '../../src/reference/store';
import { openMigrated } from '../support/database';
import { tempDbUrl } from '../support/temp';

const temp = tempDbUrl();
let database: Database;
const brent = { id: 'test-brent', label: 'Test Brent', entity: 'brent', measure: 'price' as const, unit: 'USD/bbl' as const, frequency: 'daily' as const, provider: 'Test' };

beforeAll(async () => {
  database = await openMigrated(temp.url);
});
afterAll(() => {
  database.close();
  temp.cleanup();
});

function daysCsv(n: number): string {
  const rows = Array.from({ length: n }, (_, i) => `${new Date(Date.UTC(1990, 0, 1) + i * 86_400_000).toISOString().slice(0, 10)},${(20 + (i % 500) / 10).toFixed(2)}`);
  return `Date,Price\n${rows.join('\n')}\n`;
}

describe('importing', () => {
  it('stores 10,000 rows in one import, every one, and bumps the data version', async () => {
    const version = await getDataVersion(database.db);
    const outcome = await importReference(database.db, brent, daysCsv(10_000));
    expect(outcome).toMatchObject({ imported: true, values: 10_000, first: '1990-01-01', last: '2017-05-18' });
    const stored = await referenceValuesBetween(database.db, brent.id);
    expect(stored).toHaveLength(10_000);
    expect(stored[9_999]).toEqual({ date: '2017-05-18', value: 20 + 499 / 10 });
    expect(await getDataVersion(database.db)).toBe(version + 1);
  });

  it('refuses a file with one bad row at its end and leaves the stored series as it was', async () => {
    const bad = `${daysCsv(9_999)}2017-05-18,oops\n`;
    const error = await importReference(database.db, brent, bad).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ReferenceCsvError);
    expect((error as ReferenceCsvError).problems).toEqual([{ line: 10_001, message: '"oops" in column Price is not a number' }]);
    expect(await referenceValuesBetween(database.db, brent.id)).toHaveLength(10_000);
    expect((await getReference(database.db, brent.id))?.last).toBe('2017-05-18');
  });

  it('replaces the values on a new import of the same series, and skips the same file', async () => {
    const csv = 'Date,Price\n2020-01-02,66.5\n';
    expect((await importReference(database.db, brent, csv)).imported).toBe(true);
    expect(await referenceValuesBetween(database.db, brent.id)).toEqual([{ date: '2020-01-02', value: 66.5 }]);
    const version = await getDataVersion(database.db);
    expect((await importReference(database.db, brent, csv)).imported).toBe(false);
    expect(await getDataVersion(database.db)).toBe(version);
  });
});

describe('the shipped series', () => {
  it('loads the EIA Brent and WTI series the first time and nothing the second', async () => {
    const first = await loadShippedReferences(database.db);
    expect(first.outcomes.map((o) => [o.id, o.imported])).toEqual([
      ['eia-brent-spot-daily', true],
      ['eia-wti-spot-daily', true],
      ['eia-brent-spot-monthly', true],
      ['eia-wti-spot-monthly', true],
    ]);
    expect(first.outcomes.reduce((n, o) => n + o.values, 0)).toBeGreaterThan(20_000);
    const second = await loadShippedReferences(database.db);
    expect(second.outcomes.every((o) => !o.imported)).toBe(true);
    expect(summariseShipped(second)).toBe('reference series: 4 already loaded');
    const daily = await referenceValuesBetween(database.db, 'eia-brent-spot-daily', '2020-04-20', '2020-04-21');
    expect(daily).toEqual([{ date: '2020-04-20', value: 17.36 }, { date: '2020-04-21', value: 9.12 }]);
    const list = await listReferences(database.db, { entity: 'wti' });
    expect(list.map((r) => [r.id, r.frequency, r.source])).toEqual([['eia-wti-spot-daily', 'daily', 'reference'], ['eia-wti-spot-monthly', 'monthly', 'reference']]);
    expect(list[0]).toMatchObject({ provider: expect.stringMatching(/EIA/), licence: expect.stringMatching(/[Pp]ublic domain/), retrieved: '2026-08-22' });
  });
});
