// A change measured "from a year earlier" or "year on year" implies the level of the same period a
// year before, not of the period just before it. Invented sentences.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index';

const derivedPeriod = (text: string, published: string) => {
  const d = extract(text, { published }).figures.find((f) => f.kind === 'derived');
  return [d?.value && Math.round(d.value), d?.asOf, d?.asOfTo ?? null];
};

describe('the base of a change from a year earlier', () => {
  it('is the same half-year a year before', () => {
    expect(derivedPeriod('Exports averaged 1.2 million bpd in the first half of 2031, up 20% from a year earlier.', '2031-07-18')).toEqual([1000000, '2030-01-01', '2030-06-30']);
  });

  it('is the same month a year before for "year on year"', () => {
    expect(derivedPeriod('Output rose 5% year on year to 840,000 bpd in May.', '2031-06-10')).toEqual([800000, '2030-05-01', '2030-05-31']);
  });

  it('stays the period just before for a plain change', () => {
    expect(derivedPeriod('Output rose 5% to 840,000 bpd in May.', '2031-06-10')).toEqual([800000, '2031-04-01', '2031-04-30']);
  });
});
