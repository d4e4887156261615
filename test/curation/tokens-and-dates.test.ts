import { describe, expect, it } from 'vitest';
import { parseTokens } from '../../src/api/tokens';
import { checkPublished, publishedOutOfRange } from '../../src/input/published';
import { datingNotes } from '../../src/ingest/notes';

describe('parseTokens', () => {
  it('reads name:secret pairs separated by spaces or commas', () => {
    expect(parseTokens('alice:one, bob:two')).toEqual([
      { name: 'alice', secret: 'one' },
      { name: 'bob', secret: 'two' },
    ]);
  });
  it('keeps the old single-token form, named "default", even with a colon inside', () => {
    expect(parseTokens('s3cret')).toEqual([{ name: 'default', secret: 's3cret' }]);
    expect(parseTokens('abc:def ghi')).toEqual([{ name: 'default', secret: 'abc:def ghi' }]);
    expect(parseTokens(null)).toEqual([]);
  });
});

describe('publication dates out of range', () => {
  const now = new Date('2026-06-15T12:00:00Z');
  it('refuses years before 1900 and dates after tomorrow, saying what to do', () => {
    expect(publishedOutOfRange('1899-12-31', now)).toMatch(/before 1900-01-01.*typo/);
    expect(publishedOutOfRange('2071-06-15', now)).toMatch(/in the future \(today is 2026-06-15\).*undated/);
    expect(publishedOutOfRange('2026-06-17', now)).not.toBeNull();
  });
  it('accepts today and tomorrow (time zones ahead of UTC)', () => {
    expect(publishedOutOfRange('2026-06-16', now)).toBeNull();
    expect(publishedOutOfRange('1900-01-01', now)).toBeNull();
  });
  it('is applied to manifests and the command line', () => {
    expect(checkPublished('2071-10-24')).toMatchObject({ ok: false, message: expect.stringMatching(/future/) });
    expect(checkPublished('1017-10-24')).toMatchObject({ ok: false, message: expect.stringMatching(/before 1900/) });
  });
});

describe('datingNotes', () => {
  it('says an article is stored undated and how to give it a date', () => {
    const [note] = datingNotes({ id: 7, published: null }, null, true);
    expect(note).toMatch(/undated.*PUT \/api\/documents\/7\/published/);
  });
  it('says a date sent with a known text was not applied', () => {
    expect(datingNotes({ id: 7, published: '2071-01-02' }, '2021-01-02', false)[0]).toMatch(/not applied.*PUT/);
    expect(datingNotes({ id: 7, published: '2021-01-02' }, '2021-01-02', false)).toEqual([]);
  });
});
