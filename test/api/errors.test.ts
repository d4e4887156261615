// Errors that the shared suite cannot provoke on every engine: a failing database (500), writes
// switched off (403), a body that is not JSON (415). Same one shape as everywhere else.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createApp } from '../../src/app';
import type { Orm } from '../../src/db/orm';
import { inProcessApp, type InProcess } from '../support/app';
import { tempDbUrl } from '../support/temp';
import { expectError } from './suite';

const temp = tempDbUrl();
let readOnly: InProcess;
let writable: InProcess;

beforeAll(async () => {
  readOnly = await inProcessApp(temp.url, { token: null });
  writable = await inProcessApp(temp.url, { token: 'secret' });
});
afterAll(() => {
  readOnly.database.close();
  writable.database.close();
  temp.cleanup();
});

it('turns an unexpected failure into a 500 in the error shape, without internals', async () => {
  const broken = new Proxy({} as Orm, {
    get() {
      throw new Error('SQLITE_CORRUPT: database disk image is malformed at /secret/path.db');
    },
  });
  const app = createApp({ deps: () => ({ db: broken, token: null }) });
  const logged: unknown[] = [];
  const original = console.error;
  console.error = (...args: unknown[]) => void logged.push(args);
  try {
    const e = await expectError(await app.request('/api/series'), 500, 'internal_error');
    expect(e.message).not.toMatch(/SQLITE|secret/);
    expect(logged.length).toBe(1);
  } finally {
    console.error = original;
  }
});

it('says writes are off (403) when no token is configured, even with a bearer header', async () => {
  const res = await readOnly.fetch('/api/documents', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: 'Bearer anything' },
    body: JSON.stringify({ text: 'Flows were 1,000 barrels per day on 1 May 2018.' }),
  });
  const e = await expectError(res, 403, 'writes_disabled');
  expect(e.message).toContain('FLOWLINE_TOKEN');
});

it('asks for JSON (415) when the body is something else', async () => {
  const res = await writable.fetch('/api/documents', {
    method: 'POST',
    headers: { 'Content-Type': 'text/plain', Authorization: 'Bearer secret' },
    body: 'Flows were 1,000 barrels per day.',
  });
  await expectError(res, 415, 'unsupported_media_type');
});

it('answers 401 with a Bearer challenge for a wrong token', async () => {
  const res = await writable.fetch('/api/documents', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: 'Basic c2VjcmV0' },
    body: '{"text":"x"}',
  });
  expect(res.headers.get('www-authenticate')).toMatch(/^Bearer/);
  await expectError(res, 401, 'unauthorized');
});

it('never caches errors', async () => {
  const res = await readOnly.fetch('/api/series/nope');
  expect(res.headers.get('cache-control')).toBe('no-store');
  expect(res.headers.get('etag')).toBeNull();
  await expectError(res, 404);
});
