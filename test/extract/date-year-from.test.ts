// A year that runs from a day other than January 1 (fiscal, budget and national years) is named
// by its first day; the verb's tense says whether that day is behind or ahead of publication.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index';

const dated = (text: string, published: string) => extract(text, { published }).figures.map((f) => [f.value, f.kind, f.asOf, f.asOfTo]);

describe('a year from a named day', () => {
  it('dates a budget assumption by the fiscal year that began', () => {
    expect(dated('The state plan for the fiscal year, which began on July 1, assumes a price of $68 a barrel.', '2026-09-15')).toEqual([[68, 'target', '2026-07-01', '2027-06-30']]);
  });

  it('reads a year that started months ago back, even for a plan', () => {
    expect(dated('The ministry budgeted revenue at $55 a barrel for the year that started on April 6.', '2026-11-20')).toEqual([[55, 'target', '2026-04-06', '2027-04-05']]);
  });

  it('reads a year that begins soon ahead', () => {
    expect(dated('Sales of 12 million barrels are planned for fiscal year 2027, which begins on October 1.', '2026-09-02')).toEqual([[12000000, 'target', '2026-10-01', '2027-09-30']]);
  });

  it('leaves a year that began with no day named to other time words', () => {
    const [f] = extract('Exports averaged 640,000 bpd in March, a year that began with storms.', { published: '2026-05-10' }).figures;
    expect(f?.asOf).toBe('2026-03-01');
  });
});
