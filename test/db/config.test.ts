// Configuration and database selection say what is wrong and what to do.
import { expect, it } from 'vitest';
import { readConfig } from '../../src/config';
import { DEFAULT_DB_PATH, openDatabase } from '../../src/db/client';

it('reads defaults and overrides from environment variables', () => {
  expect(readConfig({})).toEqual({ databaseUrl: null, databaseAuthToken: null, token: null, port: 8787, maxBodyBytes: 5 * 1024 * 1024, seriesThread: true });
  const c = readConfig({ DATABASE_URL: ' http://127.0.0.1:8080 ', FLOWLINE_TOKEN: 't', PORT: '0', FLOWLINE_MAX_BODY_BYTES: '1024' });
  expect(c).toMatchObject({ databaseUrl: 'http://127.0.0.1:8080', token: 't', port: 0, maxBodyBytes: 1024 });
  expect(readConfig({ FLOWLINE_TOKEN: '   ' }).token).toBeNull();
  expect(readConfig({ FLOWLINE_SERIES_THREAD: ' Off ' }).seriesThread).toBe(false);
  expect(readConfig({ FLOWLINE_SERIES_THREAD: '1' }).seriesThread).toBe(true);
});

it('refuses a bad number with the variable name and the fallback', () => {
  expect(() => readConfig({ PORT: 'eighty' })).toThrow(/PORT must be a whole number, got "eighty"; unset it to use 8787/);
  expect(() => readConfig({ FLOWLINE_MAX_BODY_BYTES: '-5' })).toThrow(/FLOWLINE_MAX_BODY_BYTES/);
  expect(() => readConfig({ FLOWLINE_SERIES_THREAD: 'maybe' })).toThrow(/FLOWLINE_SERIES_THREAD must be on or off, got "maybe"; unset it for on/);
});

it('refuses a DATABASE_URL it cannot use, saying which forms work', async () => {
  await expect(openDatabase({ databaseUrl: 'postgres://localhost/db', databaseAuthToken: null })).rejects.toThrow(
    /DATABASE_URL "postgres:\/\/localhost\/db" is not understood: use file:PATH, http\(s\):\/\/HOST:PORT or libsql:\/\/HOST/,
  );
});

it('defaults to data/flowline.db in the project', () => {
  expect(DEFAULT_DB_PATH).toMatch(/\/data\/flowline\.db$/);
});
