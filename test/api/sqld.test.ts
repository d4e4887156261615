// The API suite on a real sqld (libSQL server) started on loopback, in-process app over HTTP to it.
import { afterAll } from 'vitest';
import { inProcessApp, type InProcess } from '../support/app';
import { startSqld, type Sqld } from '../support/sqld';
import { apiSuite } from './suite';

let sqld: Sqld | undefined;
let target: InProcess | undefined;

apiSuite('sqld', async () => {
  sqld = await startSqld();
  target = await inProcessApp(sqld.url, { token: 'sqld-token', maxBodyBytes: 64 * 1024 });
  return { fetch: target.fetch, token: 'sqld-token', maxBodyBytes: 64 * 1024 };
});

afterAll(async () => {
  target?.database.close();
  await sqld?.stop();
});
