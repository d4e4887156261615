// npm run bench: every figure the README quotes, from one command.
//
// Each part of the project exports its own bench function (benchExtract, benchApi, benchCsv,
// benchDashboard, benchLoad). This script runs each one in a child process of its own — so one
// part's memory does not inflate another's peak RSS, a crash is reported instead of ending the
// run, and a part that hangs is stopped at its time limit — then prints one table and writes
// bench/results/latest.json. A part whose file or function is missing is "not available".
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '..');
const RESULTS = resolve(ROOT, 'bench/results/latest.json');

interface Part {
  name: string;
  owner: string;
  file: string;
  fn: string;
  /** Seconds before the part is stopped; the budgets add up to about 11 minutes (limits, not typical times). */
  budget: number;
}

const PARTS: Part[] = [
  { name: 'extract', owner: 'extractor', file: 'scripts/bench/extract.ts', fn: 'benchExtract', budget: 300 },
  { name: 'api', owner: 'API', file: 'scripts/bench/api.ts', fn: 'benchApi', budget: 60 },
  { name: 'ingest', owner: 'bulk ingest', file: 'scripts/bench/ingest.ts', fn: 'benchIngest', budget: 300 },
  { name: 'csv', owner: 'CSV export', file: 'scripts/bench/csv.ts', fn: 'benchCsv', budget: 240 },
  { name: 'dashboard', owner: 'dashboard', file: 'scripts/bench/dashboard.ts', fn: 'benchDashboard', budget: 45 },
  { name: 'dashboard-archive', owner: 'dashboard', file: 'scripts/bench/dashboard-archive.ts', fn: 'benchDashboardArchive', budget: 120 },
  { name: 'load', owner: 'load under ingest', file: 'scripts/bench/load.ts', fn: 'benchLoad', budget: 60 },
  { name: 'check', owner: 'reference check', file: 'scripts/bench/check.ts', fn: 'benchCheck', budget: 40 },
  { name: 'feed', owner: 'news feeds', file: 'scripts/bench/feed.ts', fn: 'benchFeed', budget: 90 },
  { name: 'search', owner: 'search', file: 'scripts/bench/search.ts', fn: 'benchSearch', budget: 90 },
];

type Outcome =
  | { status: 'ok'; seconds: number; result: unknown }
  | { status: 'not available'; seconds: number; reason: string }
  | { status: 'failed'; seconds: number; reason: string };

/** In the child: import the part, call its function, write what it returned as JSON. */
async function runPart(file: string, fn: string, out: string): Promise<void> {
  const mod = (await import(pathToFileURL(resolve(ROOT, file)).href)) as Record<string, unknown>;
  const bench = mod[fn];
  if (typeof bench !== 'function') {
    writeFileSync(out, JSON.stringify({ missing: `${file} does not export ${fn}()` }));
    return;
  }
  const result: unknown = await (bench as () => Promise<unknown>)();
  writeFileSync(out, JSON.stringify({ result }));
}

function runChild(part: Part, scratch: string): Promise<Outcome> {
  const started = performance.now();
  const seconds = () => Math.round((performance.now() - started) / 100) / 10;
  if (!existsSync(resolve(ROOT, part.file))) {
    return Promise.resolve({ status: 'not available', seconds: 0, reason: `${part.file} is not there yet` });
  }
  const out = join(scratch, `${part.name}.json`);
  return new Promise((done) => {
    const child = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), '--part', part.file, part.fn, out], {
      cwd: ROOT,
      // The table goes to stdout; whatever a part logs goes to stderr so the table stays readable.
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
      env: { ...process.env, FLOWLINE_BENCH: '1' },
    });
    child.stdout.on('data', (chunk: Buffer) => process.stderr.write(prefix(part.name, chunk)));
    child.stderr.on('data', (chunk: Buffer) => process.stderr.write(prefix(part.name, chunk)));
    const timer = setTimeout(() => {
      // The part may have started servers of its own: stop its whole process group.
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        child.kill('SIGKILL');
      }
    }, part.budget * 1000);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      try {
        process.kill(-child.pid!, 'SIGKILL'); // leftovers (servers the part forgot to stop)
      } catch {
        /* the group is already gone */
      }
      if (signal === 'SIGKILL') return done({ status: 'failed', seconds: seconds(), reason: `stopped after its ${part.budget} s budget` });
      if (!existsSync(out)) return done({ status: 'failed', seconds: seconds(), reason: `exited with code ${code} before returning figures` });
      const written = JSON.parse(readFileSync(out, 'utf8')) as { result?: unknown; missing?: string };
      if (written.missing) return done({ status: 'not available', seconds: seconds(), reason: written.missing });
      done({ status: 'ok', seconds: seconds(), result: written.result });
    });
  });
}

function prefix(name: string, chunk: Buffer): string {
  return chunk
    .toString('utf8')
    .split('\n')
    .map((line, i, all) => (i === all.length - 1 && line === '' ? '' : `  [${name}] ${line}\n`))
    .join('');
}

/** Nested results as rows: {a: {b: 1}} → ["a.b", "1"]. Arrays of objects are indexed. */
export function flatten(value: unknown, path = ''): Array<[string, string]> {
  if (value === null || value === undefined) return [[path, 'n/a']];
  if (typeof value === 'number') return [[path, formatNumber(value)]];
  if (typeof value !== 'object') return [[path, String(value)]];
  if (Array.isArray(value) && value.every((v) => typeof v !== 'object' || v === null)) return [[path, value.join(', ')]];
  return Object.entries(value as Record<string, unknown>).flatMap(([key, v]) => flatten(v, path ? `${path}.${key}` : key));
}

function formatNumber(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  if (Number.isInteger(n)) return n.toLocaleString('en-US');
  const abs = Math.abs(n);
  const digits = abs >= 100 ? 0 : abs >= 10 ? 1 : abs >= 1 ? 2 : 3;
  return n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: 0 });
}

function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

function table(rows: Array<[string, string, string]>): string {
  const widths = [0, 1, 2].map((i) => Math.max(...rows.map((r) => r[i]!.length)));
  const line = (r: [string, string, string]) => r.map((cell, i) => cell.padEnd(widths[i]!)).join('  ').trimEnd();
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  return [line(rows[0]!), rule, ...rows.slice(1).map(line)].join('\n');
}

async function main(): Promise<void> {
  const only = process.argv.slice(2).filter((a) => !a.startsWith('-'));
  const parts = only.length ? PARTS.filter((p) => only.includes(p.name)) : PARTS;
  const scratch = mkdtempSync(join(tmpdir(), 'flowline-bench-'));
  const started = Date.now();
  const outcomes: Record<string, Outcome> = {};
  try {
    for (const part of parts) {
      process.stderr.write(`bench: ${part.name} (${part.fn} in ${part.file}) …\n`);
      outcomes[part.name] = await runChild(part, scratch);
      process.stderr.write(`bench: ${part.name} ${outcomes[part.name]!.status} in ${outcomes[part.name]!.seconds} s\n`);
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  const total = Math.round((Date.now() - started) / 1000);

  const rows: Array<[string, string, string]> = [['part', 'figure', 'value']];
  for (const part of parts) {
    const outcome = outcomes[part.name]!;
    // Long values (lists of routes, names) are cut in the table; latest.json keeps them whole.
    if (outcome.status === 'ok') for (const [key, value] of flatten(outcome.result)) rows.push([part.name, key, clip(value, 72)]);
    else rows.push([part.name, outcome.status, outcome.reason]);
  }
  rows.push(['bench', 'total seconds', String(total)]);
  console.log(table(rows));

  mkdirSync(dirname(RESULTS), { recursive: true });
  const machine = { node: process.version, platform: `${process.platform}-${process.arch}`, cpus: (await import('node:os')).cpus().length };
  // A run of some parts (`npm run bench -- csv load`) updates those and keeps the others' last figures.
  const date = new Date().toISOString();
  const dated = Object.fromEntries(Object.entries(outcomes).map(([name, o]) => [name, { ...o, date }]));
  const previous = only.length && existsSync(RESULTS) ? (JSON.parse(readFileSync(RESULTS, 'utf8')) as { parts?: Record<string, unknown> }).parts ?? {} : {};
  const merged = { ...previous, ...dated };
  writeFileSync(RESULTS, `${JSON.stringify({ date, totalSeconds: total, machine, complete: only.length === 0, parts: merged }, null, 2)}\n`);
  console.log(`\nbench: wrote ${RESULTS.slice(ROOT.length + 1)} (${total} s in all)`);
  if (Object.values(outcomes).some((o) => o.status === 'failed')) process.exitCode = 1;
}

if (process.argv[2] === '--part') {
  const [file, fn, out] = process.argv.slice(3);
  runPart(file!, fn!, out!).then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
      process.exit(1);
    },
  );
} else if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error: unknown) => {
    console.error(`bench: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  });
}
