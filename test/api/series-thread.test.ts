// The Node server writes a series' answer on a thread of its own (src/api/series-thread.ts). The
// bytes are compared with the object path in series-text.test.ts; here, what happens around the
// thread: it sees a commit at once (the write's new data version drops the series' texts it kept);
// until it has started, and when it cannot start or dies (during
// a read too), this thread answers, with the same bytes; an error in the thread comes back as the
// request's error with its SQLite code.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { seriesAnswersHere, type SeriesAnswerRequest } from '../../src/api/series-answer';
import { seriesAnswersOf, seriesThread } from '../../src/api/series-thread';
import type { Database } from '../../src/db/client';
import { nativeReads, type NativeReads } from '../../src/db/native-read';
import type { SeriesSummary } from '../../src/db/types';
import { openMigrated } from '../support/database';
import { tempDbUrl } from '../support/temp';

const temp = tempDbUrl();
let database: Database;
let native: NativeReads;

async function addFigure(id: number, value: number, asOf: string): Promise<void> {
  await database.client.execute({
    sql: `INSERT INTO figures (id, document_id, ordinal, series_id, value, unit, approx, kind, measure, as_of, subject, start, "end", text, sentence, confidence, tags, derived_from)
      VALUES (?, 1, ?, 'test-line-bbl-d', ?, 'bbl/d', 0, 'level', 'flow', ?, 'Test line', 0, 4, 'flow', 'An invented sentence about a flow.', 0.9, '[]', '[]')`,
    args: [id, id, value, asOf],
  });
}

const summary = { id: 'test-line-bbl-d', label: 'Test line · flow · bbl/d', reports: 2 } as unknown as SeriesSummary;
/** The data version the requests are answered for: a test that writes moves it on, as every write does. */
let version = 1;
const request = (to: string | null = null): SeriesAnswerRequest => ({ version, summary, id: 'test-line-bbl-d', from: null, to, kinds: null, every: null });
const text = (bytes: Uint8Array | null) => (bytes ? new TextDecoder().decode(bytes) : null);
/** A thread module that runs `body` (plain JavaScript) as its whole code. */
const moduleOf = (body: string) => new URL(`data:text/javascript,${encodeURIComponent(body)}`);

beforeAll(async () => {
  database = await openMigrated(temp.url);
  await database.client.execute(`INSERT INTO series (id, label, unit) VALUES ('test-line-bbl-d', 'Test line', 'bbl/d')`);
  await database.client.execute(
    `INSERT INTO documents (id, hash, title, published, published_source, text, ingested_at) VALUES (1, 'h1', 'Invented', '2020-01-05', 'manifest', 'x', '2020-01-05T00:00:00Z')`,
  );
  await addFigure(1, 120000, '2020-01-01');
  await addFigure(2, 130000, '2020-01-02');
  native = nativeReads(database.db, database.path!);
});
afterAll(() => {
  native?.close();
  database?.close();
  temp.cleanup();
});

it('answers on the thread what this thread answers, and sees a commit at once', async () => {
  const here = seriesAnswersHere(native);
  const thread = seriesThread(database.path!, here);
  try {
    expect(await thread.started()).toBe(true);
    const first = text(await thread.bytes(request()));
    expect(first).toBe(text(await here.bytes(request())));
    expect(first).toContain('"value":130000');
    await addFigure(3, 140000, '2020-01-03');
    version++;
    const second = text(await thread.bytes(request()));
    expect(second).toContain('"value":140000');
    expect(second).toBe(text(await here.bytes(request())));
    expect(text(await thread.bytes(request('2020-01-01')))).not.toContain('"value":130000');
    expect(thread.threaded()).toBe(true);
  } finally {
    await thread.close();
  }
});

it('starts a thread for a file unless told not to (FLOWLINE_SERIES_THREAD=off), and never for a server', async () => {
  for (const [path, threaded, starts] of [
    [database.path, true, true],
    [database.path, false, false],
    [null, true, false],
  ] as const) {
    const answers = seriesAnswersOf({ path }, native, threaded);
    try {
      expect(await answers.started()).toBe(starts);
      expect(text(await answers.bytes(request()))).toBe(text(await seriesAnswersHere(native).bytes(request())));
    } finally {
      await answers.close();
    }
  }
});

it('answers in this thread, with the same bytes, when there is no thread module', async () => {
  const here = seriesAnswersHere(native);
  const thread = seriesThread(database.path!, here, null);
  expect(thread.threaded()).toBe(false);
  expect(text(await thread.bytes(request()))).toBe(text(await here.bytes(request())));
  await thread.close();
});

it('answers in this thread until the thread has started', async () => {
  const here = seriesAnswersHere(native);
  // A thread that never says it is ready, and would answer nothing.
  const thread = seriesThread(database.path!, here, moduleOf(`import { parentPort } from 'node:worker_threads'; parentPort.on('message', () => {});`));
  try {
    expect(text(await thread.bytes(request()))).toBe(text(await here.bytes(request())));
    expect(thread.threaded()).toBe(false);
  } finally {
    await thread.close();
  }
});

it('answers in this thread when the thread dies at start or in the middle of a read', async () => {
  const here = seriesAnswersHere(native);
  const expected = text(await here.bytes(request()));
  for (const [body, starts] of [
    [`throw new Error('a thread that cannot start');`, false],
    [`import { parentPort } from 'node:worker_threads'; parentPort.on('message', () => process.exit(3)); parentPort.postMessage({ ready: true });`, true],
  ] as const) {
    const thread = seriesThread(database.path!, here, moduleOf(body));
    try {
      expect(await thread.started(), body).toBe(starts);
      const answers = await Promise.all([thread.bytes(request()), thread.bytes(request())]);
      expect(answers.map(text), body).toEqual([expected, expected]);
      expect(thread.threaded(), body).toBe(false);
      expect(text(await thread.bytes(request())), body).toBe(expected);
    } finally {
      await thread.close();
    }
  }
});

it('turns an error in the thread into the request’s error, with its SQLite code', async () => {
  const thread = seriesThread(
    database.path!,
    seriesAnswersHere(native),
    moduleOf(
      `import { parentPort } from 'node:worker_threads'; parentPort.on('message', ({ id }) => parentPort.postMessage({ id, error: { message: 'database is locked', code: 'SQLITE_BUSY' } })); parentPort.postMessage({ ready: true });`,
    ),
  );
  try {
    expect(await thread.started()).toBe(true);
    await expect(thread.bytes(request())).rejects.toMatchObject({ message: 'database is locked', code: 'SQLITE_BUSY' });
    expect(thread.threaded()).toBe(true);
  } finally {
    await thread.close();
  }
});
