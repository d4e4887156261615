// The benchmark's corpus must be the same text on every run (or the MB/s figures compare
// nothing), and benchExtract must report what the README quotes.
import { describe, expect, it } from 'vitest';
import { generateArticles, generateCorpus } from '../../scripts/bench/corpus';
import { benchExtract } from '../../scripts/bench/extract';

describe('bench corpus', () => {
  it('is deterministic for a seed and different across seeds', () => {
    const a = [...generateArticles(3, 7)].map((x) => x.text);
    const b = [...generateArticles(3, 7)].map((x) => x.text);
    const c = [...generateArticles(3, 8)].map((x) => x.text);
    expect(a).toEqual(b);
    expect(a).not.toEqual(c);
  });

  it('builds ~10 KB articles up to the requested size', () => {
    const { articles, bytes } = generateCorpus(200 * 1024);
    expect(bytes).toBeGreaterThanOrEqual(200 * 1024);
    for (const a of articles) expect(a.text.length).toBeGreaterThan(9000);
  });
});

describe('benchExtract', () => {
  it('measures our extractor, the baseline and the ceiling on the same corpus', async () => {
    const r = await benchExtract({ corpusMB: 1, sampleKB: 2, warmMB: 0.5 });
    expect(r.corpusMB).toBeGreaterThanOrEqual(1);
    expect(r.figuresPerKB).toBeGreaterThan(1);
    expect(r.mbPerSecond).toBeGreaterThan(0);
    expect(r.cpuMbPerSecond).toBeGreaterThan(0);
    // The warm-up pass is timed and reported apart from the steady-state figures.
    expect(r.cold.corpusMB).toBeGreaterThanOrEqual(0.5);
    expect(r.cold.mbPerSecond).toBeGreaterThan(0);
    expect(r.baseline.mbPerSecond).toBeGreaterThan(0);
    expect(r.baseline.results).toBeGreaterThan(0);
    expect(r.ceiling.mbPerSecond).toBeGreaterThan(r.mbPerSecond);
    // The ratio is computed from unrounded speeds, so compare within rounding.
    expect(Math.abs(r.ratio - r.mbPerSecond / r.baseline.mbPerSecond) / r.ratio).toBeLessThan(0.05);
  });
});
