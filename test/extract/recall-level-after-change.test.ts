// A level written as the one before a change ("previously at 2.3m b/d", "which had been 1.2 million
// bpd") is where the change started: the level it led to follows (level + change), and no earlier
// level is derived from it as if it were the level reached. Invented sentences.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index';

const derived = (text: string) =>
  extract(text, { published: '2031-06-18' }).figures.filter((f) => f.kind === 'derived').map((f) => f.value);

describe('a change from a level marked as the earlier one', () => {
  it.each([
    ['The outage had cut output — previously at 1.8m b/d — by 250,000 b/d, the minister said.', [1550000]],
    ['Exports, which had been 900,000 bpd before the strike, fell by 300,000 bpd.', [600000]],
    ['Loadings, previously running at about 450,000 bpd, were cut by 150,000 bpd on Monday.', [300000]],
  ])('"%s"', (text, expected) => {
    expect(derived(text)).toEqual(expected);
  });

  it('a level reached still gives the level before', () => {
    expect(derived('Exports reached 900,000 bpd in May, up by 300,000 bpd from April.')).toEqual([600000]);
  });
});
