// The period before a whole year or quarter is the year or quarter before it, counted in months:
// a leap year is 366 days long, and stepping back by days put 2020's year before at 2018-12-31.
import { describe, expect, it } from 'vitest';
import { periodBefore } from '../../src/extract/base/derive';

describe('the period before a span of whole months', () => {
  it.each([
    [{ asOf: '2020-01-01', asOfTo: '2020-12-31' }, { asOf: '2019-01-01', asOfTo: '2019-12-31' }],
    [{ asOf: '2021-01-01', asOfTo: '2021-12-31' }, { asOf: '2020-01-01', asOfTo: '2020-12-31' }],
    [{ asOf: '2024-04-01', asOfTo: '2024-06-30' }, { asOf: '2024-01-01', asOfTo: '2024-03-31' }],
    [{ asOf: '2024-03-01', asOfTo: '2024-03-31' }, { asOf: '2024-02-01', asOfTo: '2024-02-29' }],
  ])('%j → %j', (p, expected) => {
    expect(periodBefore({ ...p, tag: 'date:test' })).toMatchObject(expected);
  });

  it('a span of days steps back by its length', () => {
    expect(periodBefore({ asOf: '2024-03-04', asOfTo: '2024-03-10', tag: 'date:test' })).toMatchObject({ asOf: '2024-02-26', asOfTo: '2024-03-03' });
  });
});
