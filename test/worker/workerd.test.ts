// The API suite against the Worker in workerd (wrangler dev) on a local D1, over real HTTP.
import { afterAll } from 'vitest';
import { apiSuite } from '../api/suite';
import { startWorkerd, type Workerd } from '../support/workerd';

const TOKEN = 'worker-token';
const MAX_BODY = 64 * 1024;
let worker: Workerd | undefined;

apiSuite('workerd + D1', async () => {
  worker = await startWorkerd({ FLOWLINE_TOKEN: TOKEN, FLOWLINE_MAX_BODY_BYTES: String(MAX_BODY) });
  const base = worker.url;
  return { fetch: (path, init) => fetch(`${base}${path}`, init), token: TOKEN, maxBodyBytes: MAX_BODY };
});

afterAll(async () => {
  await worker?.stop();
});
