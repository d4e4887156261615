// Runs the project's real command-line tools the way a person does (node --import tsx scripts/…),
// with their own environment, and hands back exit code and output.
import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');

export interface CliRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export function startCli(script: string, args: string[], env: Record<string, string> = {}): { child: ChildProcess; done: Promise<CliRun> } {
  const child = spawn(process.execPath, ['--import', 'tsx', resolve(ROOT, script), ...args], {
    cwd: ROOT,
    env: { ...process.env, FLOWLINE_TOKEN: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (c: Buffer) => (stdout += c.toString()));
  child.stderr!.on('data', (c: Buffer) => (stderr += c.toString()));
  const done = new Promise<CliRun>((ok) => child.once('close', (code, signal) => ok({ code, signal, stdout, stderr })));
  return { child, done };
}

export function runCli(script: string, args: string[], env: Record<string, string> = {}): Promise<CliRun> {
  return startCli(script, args, env).done;
}
