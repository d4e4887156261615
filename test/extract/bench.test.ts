// The benchmark's corpus must be the same text on every run (or the MB/s figures compare
// nothing) and never repeat itself (or a memo serves it), and benchExtract must report what the
// README quotes.
import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { prng } from '../../scripts/bench/corpus';
import { realStyleCorpus, varyNumbers } from '../../scripts/bench/real-corpus';
import { benchExtract } from '../../scripts/bench/extract';

const OWN_TEXTS = ['data/articles', 'test/fixtures/extract'].map((d) => resolve(import.meta.dirname, '../..', d));

describe('benchExtract', () => {
  it('measures the CLI, the extractor in process, the baseline and the ceiling on the same real-style corpus', { timeout: 120_000 }, async () => {
    const r = await benchExtract({ corpusMB: 0.3, sampleKB: 2, warmKB: 1, dirs: OWN_TEXTS });
    expect(r.corpus.MB).toBeGreaterThanOrEqual(0.3);
    expect(r.corpus.sources).toEqual(['data/articles', 'test/fixtures/extract']);
    expect(r.corpus.figuresPerKB).toBeGreaterThan(0.5);
    // The load it ran under is reported beside the rates it moves.
    expect(r.host.cores).toBeGreaterThan(0);
    expect(r.host.load1).toBeGreaterThanOrEqual(0);
    // The CLI ran over the same corpus and printed one line per figure extract() gives.
    expect(r.cli.figuresPerSecond * r.cli.seconds).toBeCloseTo(r.corpus.figures, -2);
    expect(r.cli.mbPerSecond).toBeGreaterThan(0);
    expect(r.inProcess.cpuMbPerSecond).toBeGreaterThan(0);
    expect(r.sample.baseline.results).toBeGreaterThan(0);
    expect(r.sample.ours.figures).toBeGreaterThan(0);
    expect(r.ceiling.mbPerSecond).toBeGreaterThan(r.inProcess.mbPerSecond);
    expect(Math.abs(r.ratio - r.sample.ours.mbPerSecond / r.sample.baseline.mbPerSecond) / r.ratio).toBeLessThan(0.05);
  });
});

describe('real-style corpus', () => {
  it('gives every copy its own publication day and its own numbers, shuffled', () => {
    const c = realStyleCorpus(200 * 1024, OWN_TEXTS);
    expect(c.bytes).toBeGreaterThanOrEqual(200 * 1024);
    expect(new Set(c.articles.map((a) => a.published)).size).toBe(c.articles.length);
    // Never in the future, which the CLI refuses: a 32 MB corpus spans decades of days.
    const big = realStyleCorpus(4 * 1024 * 1024, OWN_TEXTS);
    expect(big.articles.every((a) => a.published <= '2025-12-31' && a.published >= '1900-01-01')).toBe(true);
    expect(new Set(c.articles.map((a) => a.text)).size).toBeGreaterThan(c.distinct * 2);
    const again = realStyleCorpus(200 * 1024, OWN_TEXTS);
    expect(again.articles.map((a) => a.published)).toEqual(c.articles.map((a) => a.published));
  });

  it('changes digits of figures but not years, keeping every offset', () => {
    const text = 'In 2019 output was 1,234,567 bpd and $58.26 a barrel, up 7%.';
    const varied = varyNumbers(text, prng(1));
    expect(varied).toHaveLength(text.length);
    expect(varied.slice(0, 7)).toBe('In 2019');
    expect(varied.replace(/\d/g, '#')).toBe(text.replace(/\d/g, '#'));
  });
});
