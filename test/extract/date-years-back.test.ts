// A year as the other end of a comparison ("down 5.4% from 2030") and years counted back in
// decades ("two decades ago").
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index';

const byKind = (text: string, published: string) => extract(text, { published }).figures.map((f) => [f.kind, f.asOf, f.asOfTo]);

describe('a year the figure is compared with', () => {
  it.each([
    // 2028 is a leap year: the year before 2029 is not 365 days before it.
    ['The country pumped an average of 640,000 bpd in 2029, down 4% from 2028.', '2030-02-10'],
    ['Exports averaged 1.9 million bpd in 2029, up 6% from 2028, the ministry said.', '2030-01-20'],
  ])('dates the level derived from "%s" at the whole base year', (text, published) => {
    expect(byKind(text, published)).toContainEqual(['derived', '2028-01-01', '2028-12-31']);
  });

  it('keeps the earlier level of a written-out comparison in its own year', () => {
    expect(byKind('Sales rose to $4 billion in 2031 from $3 billion in 2030.', '2032-02-10')).toContainEqual(['level', '2030-01-01', '2030-12-31']);
  });

  it('does not read a span of years as a base', () => {
    const f = extract('Output grew 3% a year from 2026 to 2030.', { published: '2031-02-10' }).figures[0];
    expect(f?.tags).not.toContain('date:year');
  });
});

describe('decades ago', () => {
  it.each([
    ['Output has fallen to 30,000 bpd from more than 90,000 bpd two decades ago.', '2031-03-12', 90000, '2011-03-12'],
    ['The field pumped 80,000 bpd three decades ago.', '2031-03-12', 80000, '2001-03-12'],
  ])('counts "%s" back ten years a decade', (text, published, value, asOf) => {
    const f = extract(text, { published }).figures.find((g) => g.value === value);
    expect(f?.asOf).toBe(asOf);
  });
});
