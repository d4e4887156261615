// Reading the API of a running server from a test. Apart from server.ts, which the benches also
// load: this one needs vitest's expect.
import { expect } from 'vitest';
import type { RunningServer } from './server';

/** GET `path` from a running server as JSON, failing the test with the status when it is not 2xx. */
export async function getJson<T>(server: RunningServer, path: string): Promise<T> {
  const res = await fetch(`${server.url}${path}`);
  expect(res.ok, `${path} answered ${res.status}`).toBe(true);
  return (await res.json()) as T;
}
