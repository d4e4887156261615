// Extractor throughput on real-style articles (scripts/bench/real-corpus.ts: real and invented
// reports, each copy with its own publication day and numbers, shuffled), measured three ways:
// - cli: one fresh `npm run -s extract -- --manifest` over the whole corpus, cold start, file
//   reads and JSON output included: what a user running the CLI gets;
// - inProcess: one pass of extract() in this fresh process, its first megabytes also timed alone
//   (`cold`) and the part after V8 has warmed up (`steady`);
// - baseline: Microsoft Recognizers-Text number-with-unit and our extractor on the same sample
//   after the same warm-up (it manages kilobytes a second, so the sample is small), and a ceiling
//   (one pass of a single number regex, the least any number extractor must do).
//
//   node --import tsx scripts/bench/extract.ts [MB]
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { extract } from '../../src/extract/index';
import type { Article } from './corpus';
import { realStyleCorpus } from './real-corpus';

const ROOT = resolve(import.meta.dirname, '../..');
const MB = 1024 * 1024;
const COLD_MB = 5;
// Measured chunk by chunk, extract() climbs to full speed over its first ~20 MB in a process.
const STEADY_AFTER_MB = 20;

interface Rate {
  mbPerSecond: number;
  articlesPerSecond: number;
  figuresPerSecond: number;
}

export interface ExtractBench {
  corpus: { MB: number; articles: number; distinct: number; sources: string[]; figures: number; figuresPerKB: number };
  /** The host when the run started: wall-clock rates on a shared machine move with its load. */
  host: { cores: number; load1: number };
  cli: Rate & { seconds: number; outputMB: number };
  inProcess: Rate & { seconds: number; cpuMbPerSecond: number; cold: { MB: number; mbPerSecond: number }; steady: { MB: number; mbPerSecond: number } | null };
  sample: { KB: number; warmUpKB: number; ours: { mbPerSecond: number; figures: number }; baseline: { name: string; mbPerSecond: number; results: number } };
  /** How many times faster than the baseline on the same sample. */
  ratio: number;
  ceiling: { name: string; mbPerSecond: number };
}

export async function benchExtract(options: { corpusMB?: number; sampleKB?: number; warmKB?: number; dirs?: string[] } = {}): Promise<ExtractBench> {
  const corpus = realStyleCorpus((options.corpusMB ?? 32) * MB, options.dirs);
  const { articles, bytes } = corpus;
  const host = { cores: cpus().length, load1: round(loadavg()[0] ?? 0) };

  // The CLI first, while this process has extracted nothing (its own start is what is timed).
  const cli = await runCli(articles, bytes);
  const inProcess = runInProcess(articles, bytes);
  const sample = runSample(articles, (options.sampleKB ?? 24) * 1024, (options.warmKB ?? 8) * 1024);
  return {
    corpus: {
      MB: round(bytes / MB),
      articles: articles.length,
      distinct: corpus.distinct,
      sources: corpus.sources,
      figures: inProcess.figures,
      figuresPerKB: round(inProcess.figures / (bytes / 1024), 2),
    },
    host,
    cli,
    inProcess: inProcess.result,
    sample,
    ratio: Math.round(sample.ours.mbPerSecond / sample.baseline.mbPerSecond),
    ceiling: regexCeiling(articles, bytes),
  };
}

async function runCli(articles: Article[], bytes: number): Promise<ExtractBench['cli']> {
  const dir = mkdtempSync(join(tmpdir(), 'flowline-bench-extract-'));
  try {
    const manifest = articles.map((a, i) => {
      const file = `${String(i).padStart(6, '0')}.txt`;
      writeFileSync(join(dir, file), a.text);
      return { file, published: a.published };
    });
    writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
    const t0 = performance.now();
    const { lines, outBytes } = await new Promise<{ lines: number; outBytes: number }>((done, fail) => {
      const child = spawn('npm', ['run', '-s', 'extract', '--', '--manifest', join(dir, 'manifest.json')], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
      let lines = 0;
      let outBytes = 0;
      let err = '';
      child.stdout.on('data', (chunk: Buffer) => {
        outBytes += chunk.length;
        for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) lines++;
      });
      child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString('utf8')));
      child.on('error', fail);
      child.on('exit', (code) => (code === 0 ? done({ lines, outBytes }) : fail(new Error(`extract CLI exited with ${code}: ${err.slice(0, 500)}`))));
    });
    const seconds = (performance.now() - t0) / 1000;
    return { seconds: round(seconds), outputMB: round(outBytes / MB), ...rate(bytes, articles.length, lines, seconds) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function runInProcess(articles: Article[], bytes: number) {
  let figures = 0;
  let done = 0;
  let coldSeconds = 0;
  let coldBytes = 0;
  let steadyFrom = 0;
  let steadyBytes = 0;
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  for (const a of articles) {
    figures += extract(a.text, { published: a.published }).figures.length;
    done += Buffer.byteLength(a.text, 'utf8');
    if (!coldSeconds && done >= COLD_MB * MB) {
      coldSeconds = (performance.now() - t0) / 1000;
      coldBytes = done;
    }
    if (!steadyFrom && done >= STEADY_AFTER_MB * MB) {
      steadyFrom = performance.now();
      steadyBytes = done;
    }
  }
  const t1 = performance.now();
  const seconds = (t1 - t0) / 1000;
  const cpu = process.cpuUsage(c0);
  const steadySeconds = steadyFrom ? (t1 - steadyFrom) / 1000 : 0;
  return {
    figures,
    result: {
      seconds: round(seconds),
      ...rate(bytes, articles.length, figures, seconds),
      cpuMbPerSecond: round(bytes / MB / ((cpu.user + cpu.system) / 1e6)),
      cold: coldSeconds ? { MB: round(coldBytes / MB), mbPerSecond: round(coldBytes / MB / coldSeconds) } : { MB: round(bytes / MB), mbPerSecond: round(bytes / MB / seconds) },
      steady: steadySeconds > 0 ? { MB: round((bytes - steadyBytes) / MB), mbPerSecond: round((bytes - steadyBytes) / MB / steadySeconds) } : null,
    },
  };
}

/** Whole articles from the start of the corpus, up to `size` bytes, and the ones after them. */
function take(articles: Article[], from: number, size: number): { list: Article[]; next: number; bytes: number } {
  const list: Article[] = [];
  let bytes = 0;
  let i = from;
  for (; i < articles.length && bytes < size; i++) {
    list.push(articles[i] as Article);
    bytes += Buffer.byteLength((articles[i] as Article).text, 'utf8');
  }
  return { list, next: i, bytes };
}

function runSample(articles: Article[], sampleBytes: number, warmBytes: number): ExtractBench['sample'] {
  const require = createRequire(import.meta.url);
  const recognizers = require('@microsoft/recognizers-text-number-with-unit') as {
    recognizeDimension(text: string, culture: string): unknown[];
    recognizeCurrency(text: string, culture: string): unknown[];
  };
  const sample = take(articles, 0, sampleBytes);
  const warm = take(articles, sample.next, warmBytes);
  const baselineRun = (list: Article[]) => list.reduce((n, a) => n + recognizers.recognizeDimension(a.text, 'en-us').length + recognizers.recognizeCurrency(a.text, 'en-us').length, 0);
  const oursRun = (list: Article[]) => list.reduce((n, a) => n + extract(a.text, { published: a.published }).figures.length, 0);
  // The same warm-up for both, on articles outside the sample.
  baselineRun(warm.list);
  oursRun(warm.list);
  const time = (fn: () => number) => {
    const t0 = performance.now();
    const count = fn();
    return { count, seconds: (performance.now() - t0) / 1000 };
  };
  const b = time(() => baselineRun(sample.list));
  const o = time(() => oursRun(sample.list));
  return {
    KB: round(sample.bytes / 1024),
    warmUpKB: round(warm.bytes / 1024),
    ours: { mbPerSecond: round(sample.bytes / MB / o.seconds, 3), figures: o.count },
    baseline: { name: '@microsoft/recognizers-text-number-with-unit (dimension + currency)', mbPerSecond: round(sample.bytes / MB / b.seconds, 4), results: b.count },
  };
}

function regexCeiling(articles: Article[], bytes: number): ExtractBench['ceiling'] {
  const re = /\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?/g;
  let count = 0;
  const t0 = performance.now();
  for (const a of articles) {
    re.lastIndex = 0;
    while (re.exec(a.text)) count++;
  }
  const seconds = (performance.now() - t0) / 1000;
  void count;
  return { name: 'one pass of a single number regex', mbPerSecond: round(bytes / MB / seconds) };
}

function rate(bytes: number, articles: number, figures: number, seconds: number): Rate {
  return { mbPerSecond: round(bytes / MB / seconds), articlesPerSecond: Math.round(articles / seconds), figuresPerSecond: Math.round(figures / seconds) };
}

const round = (v: number, digits = 2) => Number(v.toFixed(digits));

if (process.argv[1] && /bench[\\/]extract\.ts$/.test(process.argv[1])) {
  const mb = Number(process.argv[2] ?? 32);
  benchExtract({ corpusMB: mb }).then(
    (r) => console.log(JSON.stringify(r, null, 2)),
    (e) => {
      console.error(`bench failed: ${e instanceof Error ? e.stack : String(e)}`);
      process.exitCode = 1;
    },
  );
}
