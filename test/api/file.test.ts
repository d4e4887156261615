// The API suite on the embedded libSQL file engine, in-process (app.request).
import { afterAll } from 'vitest';
import { inProcessApp, type InProcess } from '../support/app';
import { tempDbUrl } from '../support/temp';
import { apiSuite } from './suite';

const temp = tempDbUrl();
let target: InProcess | undefined;

apiSuite('a libSQL file', async () => {
  target = await inProcessApp(temp.url, { token: 'file-token', maxBodyBytes: 64 * 1024 });
  return { fetch: target.fetch, token: 'file-token', maxBodyBytes: 64 * 1024 };
});

afterAll(() => {
  target?.database.close();
  temp.cleanup();
});
