// Where extract() spends its time, refiner by refiner, over real-style articles (the extract
// bench's corpus, scripts/bench/real-corpus.ts). A profiling aid, not a bench: it prints shares,
// not speeds, and nothing asserts them.
//
//   node --import tsx scripts/profile-extract.ts [MB] [passes]
//   node --cpu-prof --cpu-prof-dir=/tmp/prof --import tsx scripts/profile-extract.ts 4
//
// The corpus is extracted `passes` times (default 2) and only the last pass is reported, so V8's
// warm-up (which dominates the first megabytes) does not hide the steady costs. A per-sentence
// lookup computed on first use (ctx.mentions, ctx.times, the word index) is charged to the first
// refiner that asks for it. On a shared machine, compare shares, or CPU time of runs alternated
// with a baseline build, never one wall-clock figure.
import { defaultConfig, extract, type ExtractorConfig } from '../src/extract/index';
import { realStyleCorpus } from './bench/real-corpus';

const MB = 1024 * 1024;

export function profileExtract(megabytes: number, passes: number): { cpuSeconds: number; parsersAndRest: number; refiners: [string, number][] } {
  const { articles } = realStyleCorpus(megabytes * MB);
  const spent = new Map<string, number>();
  const config: ExtractorConfig = {
    parsers: defaultConfig.parsers,
    refiners: defaultConfig.refiners.map((r) => ({
      name: r.name,
      refine(ctx, figures) {
        const t0 = performance.now();
        const out = r.refine(ctx, figures);
        spent.set(r.name, (spent.get(r.name) ?? 0) + performance.now() - t0);
        return out;
      },
    })),
  };
  let total = 0;
  let cpu = 0;
  for (let p = 0; p < passes; p++) {
    spent.clear();
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    for (const a of articles) extract(a.text, { published: a.published, config });
    total = performance.now() - t0;
    const c = process.cpuUsage(c0);
    cpu = (c.user + c.system) / 1e6;
  }
  const inRefiners = [...spent.values()].reduce((a, b) => a + b, 0);
  const share = (ms: number) => Number(((100 * ms) / total).toFixed(1));
  return {
    cpuSeconds: Number(cpu.toFixed(2)),
    parsersAndRest: share(total - inRefiners),
    refiners: [...spent].sort((a, b) => b[1] - a[1]).map(([name, ms]) => [name, share(ms)]),
  };
}

if (process.argv[1] && /profile-extract\.ts$/.test(process.argv[1])) {
  const mb = Number(process.argv[2] ?? 4);
  const passes = Number(process.argv[3] ?? 2);
  const r = profileExtract(mb, passes);
  console.log(`last of ${passes} passes over ${mb} MB: ${r.cpuSeconds} CPU s; % of its time per step:`);
  console.log(`${String(r.parsersAndRest).padStart(6)}  parsers, context, output (outside the refiners)`);
  for (const [name, pct] of r.refiners) if (pct >= 0.1) console.log(`${String(pct).padStart(6)}  ${name}`);
}
