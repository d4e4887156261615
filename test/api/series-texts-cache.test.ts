// What src/api/series-texts-cache.ts keeps: a series' texts for one data version, read once however
// many requests ask together; a newer version drops them all; a request of an older version is
// answered but not kept; a failed read is not kept; past its size the least recently read go.
import { expect, it } from 'vitest';
import type { PointTexts } from '../../src/db/repo/point-texts';
import { SeriesTextsCache } from '../../src/api/series-texts-cache';

/** Texts of `bytes` bytes and no reports, tagged so a test can tell which read gave them. */
const textsOf = (bytes: number, tag: number): PointTexts => ({ json: new Uint8Array(bytes).fill(tag), ends: [], reports: [] });

function counted(bytes = 10) {
  let reads = 0;
  return { read: async () => textsOf(bytes, ++reads), reads: () => reads };
}
const tag = (t: PointTexts | null) => t?.json[0];

it('reads a series once per data version, for requests together and after', async () => {
  const cache = new SeriesTextsCache();
  const a = counted();
  const together = await Promise.all([cache.texts(1, 'a', a.read), cache.texts(1, 'a', a.read)]);
  expect(together.map(tag)).toEqual([1, 1]);
  expect(tag(await cache.texts(1, 'a', a.read))).toBe(1);
  expect(a.reads()).toBe(1);
});

it('drops everything kept when a newer version is asked, and keeps nothing for an older one', async () => {
  const cache = new SeriesTextsCache();
  const a = counted();
  const b = counted();
  await cache.texts(1, 'a', a.read);
  await cache.texts(1, 'b', b.read);
  expect(tag(await cache.texts(2, 'a', a.read))).toBe(2);
  expect(cache.size()).toBe(1);
  // A request that read version 1 before version 2 was seen: answered by a read of its own.
  expect(tag(await cache.texts(1, 'b', b.read))).toBe(2);
  expect(tag(await cache.texts(1, 'b', b.read))).toBe(3);
  expect(cache.size()).toBe(1);
  expect(tag(await cache.texts(2, 'b', b.read))).toBe(4);
});

it('does not keep a failed read', async () => {
  const cache = new SeriesTextsCache();
  const failing = async (): Promise<PointTexts | null> => {
    throw new Error('database is locked');
  };
  await expect(cache.texts(1, 'a', failing)).rejects.toThrow('locked');
  await Promise.resolve();
  const a = counted();
  expect(tag(await cache.texts(1, 'a', a.read))).toBe(1);
});

it('keeps a series SQLite could not write (null), and lets the least recently read go past its size', async () => {
  const cache = new SeriesTextsCache(250);
  let nulls = 0;
  await cache.texts(1, 'odd', async () => (nulls++, null));
  expect(await cache.texts(1, 'odd', async () => (nulls++, null))).toBeNull();
  expect(nulls).toBe(1);
  const reads = { a: counted(100), b: counted(100), c: counted(100) };
  await cache.texts(1, 'a', reads.a.read);
  await cache.texts(1, 'b', reads.b.read);
  // 'a' read again, so 'b' is the least recent when 'c' passes the size.
  await cache.texts(1, 'a', reads.a.read);
  await cache.texts(1, 'c', reads.c.read);
  await cache.texts(1, 'a', reads.a.read);
  await cache.texts(1, 'b', reads.b.read);
  expect([reads.a.reads(), reads.b.reads(), reads.c.reads()]).toEqual([1, 2, 1]);
  // One larger than the whole size is not kept, and pushes nothing out.
  const huge = counted(300);
  await cache.texts(1, 'huge', huge.read);
  await cache.texts(1, 'huge', huge.read);
  expect(huge.reads()).toBe(2);
  await cache.texts(1, 'a', reads.a.read);
  expect(reads.a.reads()).toBe(1);
});
