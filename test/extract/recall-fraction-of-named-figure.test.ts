// A fraction of a figure named first by what it is ("about half their pre-war level of 800,000
// bpd", "a third of its usual output of 90,000 bpd") is a level now, as "half the 800,000 bpd" is.
// Invented sentences.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index';

const derived = (text: string) =>
  extract(text, { published: '2031-06-18' }).figures.filter((f) => f.kind === 'derived').map((f) => [f.value, f.approx]);

describe('a fraction of a figure named by what it is', () => {
  it.each([
    ['Kestrel exports are running at about half their pre-war level of 800,000 bpd.', [[400000, true]]],
    ['Torva now pumps a third of its usual output of 90,000 bpd.', [[30000, false]]],
    ['The line carries a quarter of its capacity of 200,000 bpd.', [[50000, false]]],
    ['Exports are now less than half their pre-war level of 800,000 bpd.', []],
  ])('"%s"', (text, expected) => {
    expect(derived(text)).toEqual(expected);
  });
});
