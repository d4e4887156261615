// A cut sized by what it makes up or covers ("with Orlin's reductions making up the other 30,000
// bpd") is a change down, and under a deal a planned one. "Exports made up 40,000 bpd of sales"
// has no cut and stays a level. Invented sentences.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index';

const figures = (text: string) =>
  extract(text, { published: '2031-06-18' }).figures.map((f) => [f.kind, f.value]);

describe('a cut that makes up part of a whole', () => {
  it('is a planned cut under a deal', () => {
    expect(figures("Under the April pact, Velmar had a quota of 20,000 bpd, with Orlin's reductions making up the other 30,000 bpd.")).toContainEqual(['target', -30000]);
  });

  it('is a cut that happened when nothing plans it', () => {
    expect(figures('Output cuts covering 100,000 bpd took effect in May.')).toEqual([['change', -100000]]);
  });

  it.each([
    ['Exports of 40,000 bpd made up most of the sales.', ['level', 40000]],
    ['New wells making up 25,000 bpd came online.', ['level', 25000]],
  ])('"%s" is no cut', (text, expected) => {
    expect(figures(text)).toEqual([expected]);
  });
});
