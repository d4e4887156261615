// The writer thread (src/ingest/writer-thread.ts): a group written on it stores what the same
// group stores written here; a refused group comes back as an error with its message and SQLite
// code and leaves nothing behind, and the next group still goes in; once another program held the
// lock too long, the groups queued behind are not tried; a thread that dies hands over to the
// batch's thread; a thread that cannot open the file says why instead of hanging; and each group is copied from the WAL into the file before the next, so
// little is left for the end of a batch.
import { statSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { isLocked } from '../../src/db/errors';
import { nativeWriter } from '../../src/db/native-writer';
import type { Database } from '../../src/db/client';
import { extract } from '../../src/extract';
import { sha256HexSync } from '../../src/ingest/hash-node';
import { fileDocuments, type Extracted, type StoreOptions } from '../../src/ingest/store';
import { writerHere, writerThread, type GroupWriter } from '../../src/ingest/writer-thread';
import { GAZETTEER } from '../../src/series/gazetteer';
import { seriesKey } from '../../src/series/key';
import { openMigrated } from '../support/database';
import { tempDbUrl } from '../support/temp';

const temps: ReturnType<typeof tempDbUrl>[] = [];
const opened: Database[] = [];
afterAll(() => {
  for (const d of opened) d.close();
  for (const t of temps) t.cleanup();
});

async function fresh(): Promise<Database> {
  const temp = tempDbUrl();
  temps.push(temp);
  const database = await openMigrated(temp.url);
  opened.push(database);
  return database;
}

/** Invented articles, two figures each; the second derived from nothing. */
function docs(from: number, n: number): Extracted[] {
  return Array.from({ length: n }, (_, i) => {
    const k = from + i;
    const text = `Loadings at the Ras Lanuf terminal reached ${310 + k},000 barrels per day on Monday, a port agent said. Zawiya refinery ran at ${90 + k},000 bpd.\n`;
    const published = '2019-03-12';
    return { input: { text, published, title: `Terminal ${k}` }, hash: sha256HexSync(text), result: extract(text, { published }) };
  });
}

const filed = (list: Extracted[]) => fileDocuments(list, (f) => seriesKey(GAZETTEER, f));
const options = (bump = "UPDATE meta SET value = value + 1 WHERE key = 'data_version'"): StoreOptions => ({ ingestedAt: '2026-01-02T03:04:05.000Z', bumpVersion: bump });

async function rows(database: Database) {
  const q = async (sql: string) => (await database.client.execute(sql)).rows.map((r) => Array.from(r));
  return {
    documents: await q('SELECT id, hash, title, text, ingested_at FROM documents ORDER BY id'),
    series: await q('SELECT * FROM series ORDER BY id'),
    figures: await q('SELECT * FROM figures ORDER BY id'),
  };
}

async function closing<T>(writer: GroupWriter, work: (w: GroupWriter) => Promise<T>): Promise<T> {
  try {
    return await work(writer);
  } finally {
    await writer.close();
  }
}

describe('the writer thread', () => {
  it('stores groups exactly as writing them in this thread does, several queued at once', { timeout: 60_000 }, async () => {
    const [there, here] = [await fresh(), await fresh()];
    const groups = [docs(0, 5), docs(5, 3), [...docs(8, 2), ...docs(0, 1)]];
    const thread = writerThread(there.path!);
    expect(thread.threaded).toBe(true);
    const stored = await closing(thread, (w) => Promise.all(groups.map((g) => w.write(filed(g), options()))));
    const inThisThread = await closing(writerHere(nativeWriter(here.path!)), async (w) => {
      const out = [];
      for (const g of groups) out.push(await w.write(filed(g), options()));
      return out;
    });
    expect(stored).toEqual(inThisThread);
    // The repeated article of the last group was found present, not stored twice.
    expect(stored[2]!.at(-1)).toMatchObject({ created: false, documentId: 1, figures: 0 });
    const [a, b] = [await rows(there), await rows(here)];
    expect(a.figures.length).toBeGreaterThan(10);
    expect(a).toEqual(b);
  });

  it('copies each group from the WAL into the file while the batch goes on', { timeout: 60_000 }, async () => {
    const database = await fresh();
    const size = () => statSync(database.path!).size;
    const before = size();
    await closing(writerThread(database.path!), async (w) => {
      await w.write(filed(docs(0, 40)), options());
      // Still open: without a checkpoint the new pages would be in the WAL only.
      expect(size()).toBeGreaterThan(before);
    });
  });

  it('answers a refused group with its message and code, keeps none of it, and writes the next', { timeout: 60_000 }, async () => {
    const database = await fresh();
    await closing(writerThread(database.path!), async (w) => {
      const refused = w.write(filed(docs(0, 2)), options('UPDATE no_such_table SET x = 1'));
      await expect(refused).rejects.toThrow(/no such table: no_such_table/);
      await expect(refused).rejects.toMatchObject({ code: 'SQLITE_ERROR' });
      expect((await rows(database)).documents).toEqual([]);
      expect(await w.write(filed(docs(0, 2)), options())).toHaveLength(2);
      expect((await rows(database)).documents).toHaveLength(2);
    });
  });

  it('does not try the groups queued behind one that met a lock held too long', { timeout: 60_000 }, async () => {
    const database = await fresh();
    const holder = await database.client.transaction('write');
    try {
      await closing(writerThread(database.path!), async (w) => {
        const started = performance.now();
        const results = await Promise.allSettled([1, 2, 3].map((i) => w.write(filed(docs(i * 10, 2)), options())));
        for (const r of results) expect(r.status === 'rejected' && isLocked(r.reason), String((r as PromiseRejectedResult).reason)).toBe(true);
        // One busy timeout (5 s), not three.
        expect(performance.now() - started).toBeLessThan(9_000);
      });
    } finally {
      await holder.rollback();
    }
    expect((await rows(database)).documents).toEqual([]);
  });

  it('hands over to the batch\'s thread when it dies mid-batch: the group it held is refused with why, the next ones are stored', { timeout: 60_000 }, async () => {
    const database = await fresh();
    // A writer thread that dies on its first group, as a crash in the thread would.
    const dies = new URL(`data:text/javascript,${encodeURIComponent("import { parentPort } from 'node:worker_threads'; parentPort.on('message', () => process.exit(3));")}`);
    await closing(writerThread(database.path!, dies), async (w) => {
      await expect(w.write(filed(docs(0, 2)), options())).rejects.toThrow(/writer thread stopped \(exit code 3\); storing in the main thread instead/);
      // What the batch then does: the same documents again (src/ingest/batch.ts stores them one by one).
      expect(await w.write(filed(docs(0, 2)), options())).toMatchObject([{ created: true }, { created: true }]);
      expect(await w.write(filed(docs(2, 3)), options())).toHaveLength(3);
    });
    expect((await rows(database)).documents).toHaveLength(5);
  });

  it('says why when the file cannot be opened, instead of waiting for an answer', { timeout: 60_000 }, async () => {
    const temp = tempDbUrl();
    temps.push(temp);
    await closing(writerThread(`${temp.dir}/missing-folder/flowline.db`), async (w) => {
      await expect(w.write(filed(docs(0, 1)), options())).rejects.toThrow(/open/i);
    });
  });
});
