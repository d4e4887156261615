// ingestDocument on a temp libSQL file: one atomic batch, idempotent by content, derivedFrom
// turned into ids, the data version bumped only when something was added.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { count } from 'drizzle-orm';
import { openDatabase, type Database } from '../../src/db/client';
import { migrateDatabase } from '../../src/db/migrate';
import { listEvents, seedEvents } from '../../src/db/repo/events';
import { getDataVersion } from '../../src/db/repo/meta';
import { listDocumentFigures } from '../../src/db/repo/points';
import { documents, figures } from '../../src/db/schema';
import type { ExtractResult, Figure } from '../../src/extract/types';
import { ingestDocument } from '../../src/ingest';
import { tempDbUrl } from '../support/temp';

const temp = tempDbUrl();
let database: Database;

beforeAll(async () => {
  database = await openDatabase({ databaseUrl: temp.url, databaseAuthToken: null });
  await migrateDatabase(database);
});
afterAll(() => {
  database.close();
  temp.cleanup();
});

function figure(text: string, doc: string, over: Partial<Figure> = {}): Figure {
  const start = doc.indexOf(text);
  return {
    value: 1000, unit: 'bbl/d', low: null, high: null, approx: false, kind: 'level', measure: 'flow', per: null, asOf: '2018-01-02', asOfTo: null,
    subject: 'Test line', series: 'test-line-bbl-d', start, end: start + text.length, text, sentence: doc,
    attribution: null, confidence: 0.9, tags: ['test'], derivedFrom: [], ...over,
  };
}

function fixed(result: ExtractResult) {
  return { extract: () => result };
}

async function rows() {
  const [d] = await database.db.select({ n: count() }).from(documents);
  const [f] = await database.db.select({ n: count() }).from(figures);
  return { documents: d!.n, figures: f!.n };
}

describe('ingestDocument', () => {
  it('stores a document with its figures and maps derivedFrom indices to figure ids', async () => {
    const text = 'The line carried 1,000 bpd, half of the 2,000 bpd before.';
    const result: ExtractResult = {
      published: '2018-01-02',
      publishedSource: 'manifest',
      figures: [
        figure('1,000 bpd', text),
        figure('2,000 bpd', text, { value: 2000, kind: 'derived', asOf: '2017-12-01', derivedFrom: [0] }),
      ],
    };
    const before = await getDataVersion(database.db);
    const outcome = await ingestDocument(database.db, { text, title: 'T', published: '2018-01-02' }, fixed(result));
    expect(outcome).toMatchObject({ created: true, figures: 2 });
    expect(await getDataVersion(database.db)).toBe(before + 1);
    const stored = await listDocumentFigures(database.db, outcome.documentId);
    expect(stored.map((f) => f.text)).toEqual(['1,000 bpd', '2,000 bpd']);
    expect(stored[1]!.derivedFrom).toEqual([stored[0]!.id]);
    expect(stored[0]!.derivedFrom).toEqual([]);
  });

  it('adds nothing for the same text again and leaves the data version alone', async () => {
    const text = 'The line carried 1,000 bpd, half of the 2,000 bpd before.';
    const counts = await rows();
    const version = await getDataVersion(database.db);
    let called = false;
    const again = await ingestDocument(database.db, { text }, {
      extract: () => {
        called = true;
        return { published: null, publishedSource: 'unknown', figures: [] };
      },
    });
    expect(again.created).toBe(false);
    expect(called).toBe(false);
    expect(await rows()).toEqual(counts);
    expect(await getDataVersion(database.db)).toBe(version);
  });

  it('writes nothing at all when one statement of the batch fails', async () => {
    const text = 'Flows were 5,000 bpd and 6,000 bpd on the same day.';
    const counts = await rows();
    const broken = figure('6,000 bpd', text, { unit: null as never });
    const result: ExtractResult = { published: null, publishedSource: 'unknown', figures: [figure('5,000 bpd', text), broken] };
    await expect(ingestDocument(database.db, { text }, fixed(result))).rejects.toThrow();
    expect(await rows()).toEqual(counts);
  });

  it('stores documents with many figures (more than one insert statement each)', async () => {
    const parts = Array.from({ length: 25 }, (_, i) => `${i + 1},000 bpd`);
    const text = `Readings: ${parts.join('; ')}.`;
    const result: ExtractResult = {
      published: null,
      publishedSource: 'unknown',
      figures: parts.map((p, i) => figure(p, text, { value: (i + 1) * 1000, series: `s-${i % 3}-bbl-d`, subject: `S${i % 3}` })),
    };
    const outcome = await ingestDocument(database.db, { text }, fixed(result));
    const stored = await listDocumentFigures(database.db, outcome.documentId);
    expect(stored.map((f) => f.value)).toEqual(parts.map((_, i) => (i + 1) * 1000));
    for (const f of stored) expect(text.slice(f.start, f.end)).toBe(f.text);
  });
});

describe('seedEvents', () => {
  it('writes and bumps the data version only when an event changed', async () => {
    const current = await listEvents(database.db);
    const version = await getDataVersion(database.db);
    await seedEvents(database.db, current);
    expect(await getDataVersion(database.db)).toBe(version);
    const edited = current.map((e, i) => (i === 0 ? { ...e, label: `${e.label} (edited)` } : e));
    await seedEvents(database.db, edited);
    expect(await getDataVersion(database.db)).toBe(version + 1);
    expect((await listEvents(database.db)).find((e) => e.id === current[0]!.id)?.label).toMatch(/\(edited\)$/);
  });
});
