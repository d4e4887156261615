// Time words naming the other end of a comparison ("below their March-May average") are its
// base, not when the figure holds.
import { describe, expect, it } from 'vitest';
import { asOfOf } from './figure-date';

describe('the period a figure is compared with', () => {
  it.each([
    ['Fuel exports in September stayed about 120,000 bpd below their June-August average.', '2031-10-20', 120000, '2031-09-01'],
    ['Output in May averaged 60,000 bpd less than its February-April average.', '2031-06-11', 60000, '2031-05-01'],
    ['Refinery runs in April ran 75,000 bpd above the 2030 levels.', '2031-05-14', 75000, '2031-04-01'],
    ['Shipments in March were 40,000 bpd under the January highs, port agents said.', '2031-04-03', 40000, '2031-03-01'],
  ])('dates "%s" by its own period', (text, published, value, asOf) => {
    expect(asOfOf(text, published, value)).toBe(asOf);
  });

  it('dates the compared figure itself by the period its noun names', () => {
    const text = 'Exports in October stood at 1.4 million bpd, against the July-September average of 1.5 million bpd.';
    expect(asOfOf(text, '2031-11-12', 1500000)).toBe('2031-07-01');
  });

  it('still dates a figure by a month that is no comparison noun\'s', () => {
    expect(asOfOf('Exports ran 90,000 bpd above target in June.', '2031-08-02', 90000)).toBe('2031-06-01');
  });
});
