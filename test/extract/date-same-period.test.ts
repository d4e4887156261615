// "the same month last year", "the same period a year earlier": the period the sentence names,
// a year back, whether it dates a level of its own or is the base a change is measured from;
// "earlier in the week" is this week's, like "earlier this week".
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index';
import { periodOf } from './figure-date';

describe('the same period a year back', () => {
  it.each([
    ['Loadings were 640,000 bpd in June, against 710,000 bpd in the same month last year.', 710000, ['2030-06-01', '2030-06-30']],
    ['The port handled 2.2 million barrels in the second quarter, compared with 1.9 million barrels in the same quarter of the previous year.', 1.9e6, ['2030-04-01', '2030-06-30']],
  ])('dates the level of "%s" a year before the sentence\'s period', (text, value, period) => {
    expect(periodOf(text, '2031-08-20', value)).toEqual(period);
  });

  it.each([
    ['Canal receipts in the second quarter were $2.3 billion, down 8% from the same period a year earlier.', ['2030-04-01', '2030-06-30']],
    ['Receipts in June were $2.3 billion, up 15% from the same month last year.', ['2030-06-01', '2030-06-30']],
  ])('dates the level a change in "%s" started from a year back', (text, period) => {
    const before = extract(text, { published: '2031-08-20' }).figures.find((f) => f.kind === 'derived');
    expect([before?.asOf, before?.asOfTo]).toEqual(period);
  });
});

describe('earlier in the week', () => {
  it('is the days of this week before publication', () => {
    expect(periodOf('Loadings slipped to 520,000 bpd earlier in the week.', '2031-10-15', 520000)).toEqual(['2031-10-13', '2031-10-14']);
  });
});
