// "300,000 bpd in April, half the March level": the earlier level (600,000 in March) follows from
// the fraction, its time named inside the phrase ("the March level", "June's level"). A bound
// ("less than half of May's level") gives nothing. Invented sentences.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index';

const derived = (text: string) =>
  extract(text, { published: '2031-09-18' }).figures.filter((f) => f.kind === 'derived').map((f) => [Math.round(f.value), f.asOf]);

describe('a fraction of a level named by its time', () => {
  it.each([
    ['Shipments from Port Allard were 300,000 bpd in August, half the July level.', [[600000, '2031-07-01']]],
    ['Loadings reached 90,000 bpd in August, about a third of June’s level.', [[270000, '2031-06-01']]],
    ['Velmar pumped 240,000 bpd in August, twice the May rate.', [[120000, '2031-05-01']]],
  ])('"%s"', (text, expected) => {
    expect(derived(text)).toEqual(expected);
  });

  it.each([
    'Exports averaged 365,000 bpd in August, less than half of July’s level.',
    'Exports averaged 365,000 bpd in August, half the level analysts expected.',
  ])('"%s" gives no earlier level', (text) => {
    expect(derived(text)).toEqual([]);
  });
});
