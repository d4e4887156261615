// Events written through the API are the analysts': the start-up upsert from data/events.json
// (seedEvents, run at every start and once per Worker isolate) must neither undo an edit nor put
// back a deleted event, while still adding and updating the events nobody touched.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../src/db/client';
import { migrateDatabase } from '../../src/db/migrate';
import { createEvent, deleteEvent, updateEvent } from '../../src/db/repo/event-edits';
import { listEvents, seedEvents } from '../../src/db/repo/events';
import { getDataVersion } from '../../src/db/repo/meta';
import type { EventRef } from '../../src/extract/types';
import { tempDbUrl } from '../support/temp';

const FILE: EventRef[] = [
  { id: 'pump-fire', date: '2020-02-01', label: 'Pump fire', aliases: ['the fire'] },
  { id: 'port-strike', date: '2020-03-01', label: 'Port strike', aliases: [] },
  { id: 'quota-deal', date: '2020-04-01', label: 'Quota deal', aliases: [] },
];

const temp = tempDbUrl();
let database: Database;

beforeAll(async () => {
  database = await openDatabase({ databaseUrl: temp.url, databaseAuthToken: null });
  await migrateDatabase(database, FILE);
});
afterAll(() => {
  database.close();
  temp.cleanup();
});

it('keeps analysts’ edits, deletions and additions over a later seed from the file', async () => {
  const db = database.db;
  const before = await getDataVersion(db);
  await updateEvent(db, 'pump-fire', { date: '2020-02-02', label: 'Pump fire at station 3' }, 'alice');
  await deleteEvent(db, 'port-strike', 'alice');
  await createEvent(db, { id: 'new-line', date: '2020-05-01', label: 'New line opens', aliases: [] }, 'bob');
  expect(await getDataVersion(db)).toBe(before + 3);

  // The file changes too: an untouched event is corrected there, and the edited one differs.
  const edited = FILE.map((e) => (e.id === 'quota-deal' ? { ...e, date: '2020-04-02' } : e));
  await seedEvents(db, edited);
  const stored = (await listEvents(db)).map(({ id, date, label }) => ({ id, date, label }));
  expect(stored).toEqual([
    { id: 'pump-fire', date: '2020-02-02', label: 'Pump fire at station 3' },
    { id: 'quota-deal', date: '2020-04-02', label: 'Quota deal' },
    { id: 'new-line', date: '2020-05-01', label: 'New line opens' },
  ]);
  expect((await listEvents(db)).find((e) => e.id === 'pump-fire')!.aliases).toEqual(['the fire']);
});

it('answers null for an event that is not there, and writes nothing', async () => {
  const before = await getDataVersion(database.db);
  expect(await updateEvent(database.db, 'no-such', { label: 'x' }, 'alice')).toBeNull();
  expect(await deleteEvent(database.db, 'no-such', 'alice')).toBeNull();
  expect(await getDataVersion(database.db)).toBe(before);
});
