// The Worker in workerd via `wrangler dev`, on loopback, offline, with a fresh local D1 that has
// the migrations applied — the same path a deployment takes, minus Cloudflare.
import { execFile, spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { PROJECT_ROOT } from '../../src/db/client';
import { freePort, waitForHttp } from './ports';
import { tempDir } from './temp';

const run = promisify(execFile);
export const WRANGLER_BIN = resolve(PROJECT_ROOT, 'node_modules/.bin/wrangler');

/** Keeps wrangler quiet and offline: no metrics, no prompts, no Cloudflare lookups. */
export const WRANGLER_ENV = {
  ...process.env,
  WRANGLER_SEND_METRICS: 'false',
  CI: 'true',
  CLOUDFLARE_CF_FETCH_ENABLED: 'false',
  NO_COLOR: '1',
};

export interface Workerd {
  url: string;
  /** The local D1 and queues' folder (for `wrangler d1 execute --local --persist-to`). */
  persistDir: string;
  output(): string;
  stop(): Promise<void>;
}

export async function startWorkerd(vars: Record<string, string> = {}, extraArgs: string[] = []): Promise<Workerd> {
  const persist = tempDir('flowline-d1-');
  // wrangler refuses to start when the assets folder is missing (no `npm run build` yet).
  mkdirSync(resolve(PROJECT_ROOT, 'dist/public'), { recursive: true });
  await run(WRANGLER_BIN, ['d1', 'migrations', 'apply', 'flowline', '--local', '--persist-to', persist.dir], {
    cwd: PROJECT_ROOT,
    env: WRANGLER_ENV,
  });
  const port = await freePort();
  const args = ['dev', '--local', '--ip', '127.0.0.1', '--port', String(port), '--persist-to', persist.dir, '--show-interactive-dev-session=false', '--inspector-port', String(await freePort())];
  for (const [name, value] of Object.entries(vars)) args.push('--var', `${name}:${value}`);
  args.push(...extraArgs);
  const child = spawn(WRANGLER_BIN, args, { cwd: PROJECT_ROOT, env: WRANGLER_ENV, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let output = '';
  child.stdout.on('data', (c: Buffer) => (output += c.toString()));
  child.stderr.on('data', (c: Buffer) => (output += c.toString()));
  const url = `http://127.0.0.1:${port}`;
  const stop = () =>
    new Promise<void>((done) => {
      const finish = () => {
        persist.cleanup();
        done();
      };
      if (child.exitCode !== null || child.signalCode !== null) return finish();
      child.once('exit', finish);
      // wrangler runs workerd as a child: signal the whole process group we created.
      try {
        process.kill(-child.pid!, 'SIGTERM');
      } catch {
        child.kill('SIGTERM');
      }
      setTimeout(() => {
        try {
          process.kill(-child.pid!, 'SIGKILL');
        } catch {
          /* already gone */
        }
      }, 5000).unref();
    });
  try {
    await waitForHttp(`${url}/api/health`, 90_000, () => child.exitCode === null);
  } catch (error) {
    await stop();
    throw new Error(`wrangler dev did not start: ${(error as Error).message}\n${output.slice(-3000)}`);
  }
  return { url, persistDir: persist.dir, output: () => output, stop };
}
