// The three seed articles the product was specified from (data/articles): every figure, its
// date, subject and the rules (tags) that made it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, onTestFailed } from 'vitest';
import { extract, type Figure } from '../../src/extract/index';

const ARTICLES = join(import.meta.dirname, '../../data/articles');

function run(file: string, published: string) {
  const text = readFileSync(join(ARTICLES, file), 'utf8');
  const notes: string[] = [];
  const result = extract(text, { published, debug: (n) => notes.push(...n) });
  onTestFailed(() => console.log(`${file}\n${notes.join('\n')}\n${JSON.stringify(result.figures, null, 1)}`));
  for (const f of result.figures) expect(text.slice(f.start, f.end)).toBe(f.text);
  return result.figures;
}

const find = (figures: Figure[], value: number, kind?: Figure['kind']) => {
  const f = figures.find((x) => Math.abs(x.value - value) < 1 && (!kind || x.kind === kind));
  expect(f, `no figure ${value}${kind ? ` (${kind})` : ''}`).toBeDefined();
  return f as Figure;
};

describe('seed 000: Kurdish pipeline to Ceyhan, 24 Oct 2017', () => {
  const figures = () => run('000_ef8b8468e26c1db0.txt', '2017-10-24');

  it('finds exactly the four pipeline figures and nothing from the distractors', () => {
    const fs = figures();
    expect(fs.map((f) => [f.kind, f.value]).sort()).toEqual([['change', 50000], ['derived', 250000], ['derived', 600000], ['level', 300000]]);
  });

  it('reads 300,000 bpd on Tuesday as the publication day, about the pipeline', () => {
    const f = find(figures(), 300000, 'level');
    expect(f).toMatchObject({ unit: 'bbl/d', approx: false, asOf: '2017-10-24', measure: 'flow', series: 'kurdistan-pipeline-flow-bbl-d', attribution: 'a shipping source in London' });
    expect(f.subject).toMatch(/Ceyhan/);
    expect(f.tags).toEqual(expect.arrayContaining(['unit:barrels-per-day', 'date:weekday', 'subject:named']));
  });

  it('derives ~600,000 before the takeover from "about half the level before"', () => {
    const fs = figures();
    const f = find(fs, 600000, 'derived');
    expect(f).toMatchObject({ approx: true, asOf: '2017-10-15', text: 'about half the level before the Iraqi takeover of Kirkuk' });
    expect(f.tags).toEqual(expect.arrayContaining(['derived:fraction-of-earlier-level', 'fraction:half', 'date:before-event']));
    expect(fs[f.derivedFrom[0] as number]?.value).toBe(300000);
  });

  it('reads "has risen by about 50,000 bpd since Monday" as a change and derives Monday\'s ~250,000', () => {
    const fs = figures();
    const change = find(fs, 50000, 'change');
    expect(change).toMatchObject({ approx: true, asOf: '2017-10-24', measure: 'flow', series: 'kurdistan-pipeline-flow-bbl-d' });
    expect(change.tags).toEqual(expect.arrayContaining(['change:up', 'approx:about', 'subject:previous-figure']));
    const monday = find(fs, 250000, 'derived');
    expect(monday).toMatchObject({ approx: true, asOf: '2017-10-23' });
    expect(monday.tags).toContain('derived:previous-from-change');
    expect(monday.derivedFrom.map((i) => fs[i]?.value ?? 0).sort((a, b) => a - b)).toEqual([50000, 300000]);
  });
});

describe('seed 001: Kirkuk fields, 15 Oct 2017', () => {
  const figures = () => run('001_cef581ca98d7b430.txt', '2017-10-15');

  it('resolves "The three fields" to the Kirkuk fields, with their 40 percent share', () => {
    const fs = figures();
    expect(find(fs, 250000, 'level')).toMatchObject({ approx: true, asOf: '2017-10-15', subject: 'Kirkuk fields' });
    const share = find(fs, 40, 'share');
    expect(share).toMatchObject({ unit: '%', subject: 'Kirkuk fields', approx: false });
    expect(find(fs, 250000, 'level').tags).toEqual(expect.arrayContaining(['approx:some', 'subject:anaphor']));
  });

  it('derives the ~625,000 total of Kurdistan\'s exports from the share', () => {
    const f = find(figures(), 625000, 'derived');
    expect(f).toMatchObject({ approx: true, asOf: '2017-10-15' });
    expect(f.subject).toMatch(/Kurdistan/);
    expect(f.tags).toContain('derived:total-from-share');
  });

  it('takes the dateline date when no publication date is given', () => {
    const text = readFileSync(join(ARTICLES, '001_cef581ca98d7b430.txt'), 'utf8');
    const r = extract(text);
    expect(r).toMatchObject({ published: '2017-10-15', publishedSource: 'dateline' });
    expect(r.figures.some((f) => f.text === '2017-10-15')).toBe(false);
  });
});

describe('seed 002: no oil figures at all', () => {
  it('reports nothing: clock times, the 9th division and K1 are not figures', () => {
    expect(run('002_0443f7cb0edfa764.txt', '2017-10-16')).toEqual([]);
  });
});
