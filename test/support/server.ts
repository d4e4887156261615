// Starts the real Node server (scripts/start.ts: migrate, ingest the seeds, serve API + dist/public)
// on a free port with a temp libSQL file, for browser tests, robustness tests and benches.
//
//   const server = await startServer();            // seeds ingested, writes off
//   const server = await startServer({ env: { FLOWLINE_TOKEN: 't' } });
//   await fetch(`${server.url}/api/series`);  …  await server.stop();
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { PROJECT_ROOT } from '../../src/db/client';
import { tempDbUrl } from './temp';

export interface RunningServer {
  url: string;
  port: number;
  databaseUrl: string;
  /** The server process (to watch its memory). */
  pid: number;
  /** Everything the server printed so far (stdout + stderr). */
  output(): string;
  stop(): Promise<void>;
}

export interface StartOptions {
  /** Extra environment (DATABASE_URL, FLOWLINE_TOKEN, FLOWLINE_MANIFEST…). */
  env?: Record<string, string>;
  /** Keep the temp database after stop (default: removed unless DATABASE_URL was given). */
  keepDatabase?: boolean;
  timeoutMs?: number;
}

export async function startServer(options: StartOptions = {}): Promise<RunningServer> {
  const temp = options.env?.DATABASE_URL ? null : tempDbUrl();
  const databaseUrl = options.env?.DATABASE_URL ?? temp!.url;
  const child = spawn(process.execPath, ['--import', 'tsx', resolve(PROJECT_ROOT, 'scripts/start.ts')], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', FLOWLINE_TOKEN: '', ...options.env, DATABASE_URL: databaseUrl },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const append = (chunk: Buffer) => (output += chunk.toString());
  child.stdout.on('data', append);
  child.stderr.on('data', append);

  const port = await new Promise<number>((ok, fail) => {
    const timer = setTimeout(() => fail(new Error(`server did not start within ${options.timeoutMs ?? 60_000} ms:\n${output}`)), options.timeoutMs ?? 60_000);
    const check = () => {
      const match = /http:\/\/localhost:(\d+)\//.exec(output);
      if (match) {
        clearTimeout(timer);
        ok(Number(match[1]));
      }
    };
    child.stdout.on('data', check);
    child.once('exit', (code) => {
      clearTimeout(timer);
      fail(new Error(`server exited with code ${code} before listening:\n${output}`));
    });
  });

  return {
    url: `http://127.0.0.1:${port}`,
    port,
    databaseUrl,
    pid: child.pid!,
    output: () => output,
    stop: () =>
      new Promise<void>((done) => {
        const finish = () => {
          if (!options.keepDatabase) temp?.cleanup();
          done();
        };
        if (child.exitCode !== null) return finish();
        child.once('exit', finish);
        child.kill('SIGTERM');
        setTimeout(() => child.kill('SIGKILL'), 3000).unref();
      }),
  };
}
