// A month written before what it counts dates the figure: the nearest such month either side.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index';

const dated = (text: string, published: string) => extract(text, { published }).figures.filter((f) => f.kind !== 'derived').map((f) => [f.value, f.asOf]);

describe('a month before a counted noun', () => {
  it("dates a country's output by the month before it", () => {
    expect(dated("A tanker survey put Kuwait's October output at 2.41 million bpd.", '2026-11-06')).toEqual([[2410000, '2026-10-01']]);
  });

  it('dates a selling price set for the coming month', () => {
    expect(dated('The refiner set the December OSP for its medium grade at $1.85/bl above the benchmark.', '2026-11-05')).toEqual([[1.85, '2026-12-01']]);
  });

  it('dates a loading programme by its month', () => {
    expect(dated('Their September loading programme comes to 620,000 bpd.', '2026-08-20')).toEqual([[620000, '2026-09-01']]);
  });

  it('does not date a price by its contract month', () => {
    expect(dated('The June contract traded at $71.30 a barrel.', '2026-04-14')).toEqual([[71.3, '2026-04-14']]);
  });

  it('does not read a month as a date with no determiner before it', () => {
    expect(dated('Traders said November receipts of 900,000 bpd were expected.', '2026-10-02')).toEqual([[900000, '2026-10-02']]);
  });
});
