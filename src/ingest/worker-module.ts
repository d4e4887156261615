// Where a worker thread's module is: beside a bundle (scripts/run-cli.mjs bundles each worker as
// NAME.mjs next to the CLI's bundle), or the TypeScript source loaded through tsx, as the CLIs
// are. Null when neither can run, and the caller does the work in its own thread instead.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** Each thread's TypeScript source, from this folder. */
const SOURCES = {
  'extract-worker': './extract-worker.ts',
  'writer-worker': './writer-worker.ts',
  'series-worker': '../api/series-worker.ts',
} as const;

export type WorkerName = keyof typeof SOURCES;

export function workerModule(name: WorkerName): URL | null {
  const bundled = new URL(`./${name}.mjs`, import.meta.url);
  if (existsSync(fileURLToPath(bundled))) return bundled;
  const source = new URL(SOURCES[name], import.meta.url);
  let api: string;
  try {
    api = createRequire(import.meta.url).resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs');
  } catch {
    return null;
  }
  if (!existsSync(fileURLToPath(source)) || !existsSync(api)) return null;
  // A worker's own `--import tsx` does not reach its entry module on Node 20, so a two-line
  // module registers tsx, then imports it.
  const loader = `import { register } from ${JSON.stringify(pathToFileURL(api).href)}; register(); await import(${JSON.stringify(source.href)});`;
  return new URL(`data:text/javascript,${encodeURIComponent(loader)}`);
}
