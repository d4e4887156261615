// Halving said in other words ("was cut in half to 500,000 bpd") gives the level before as
// "halved" does; "more than doubled" is a bound and gives none; "nearly doubled" gives an
// approximate one. Invented sentences.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index';

const derived = (text: string) =>
  extract(text, { published: '2031-06-18' }).figures.filter((f) => f.kind === 'derived').map((f) => [f.value, f.approx]);

describe('a multiple said in other words', () => {
  it.each([
    ['Velmar production was cut in half to 500,000 bpd in May.', [[1000000, false]]],
    ['The strike slashed exports in half to 200,000 bpd last month.', [[400000, false]]],
    ['Loadings nearly doubled to 80,000 bpd in March.', [[40000, true]]],
    ['Loadings more than doubled to 80,000 bpd in March.', []],
  ])('"%s"', (text, expected) => {
    expect(derived(text)).toEqual(expected);
  });
});
