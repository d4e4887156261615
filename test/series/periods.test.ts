// Period maths on small hand-made cases.
import { describe, expect, it } from 'vitest';
import { aggregate, bucketStart, dayWeightedMean, daysCovered, eventWindows, place } from '../../src/series/periods';

describe('periods', () => {
  it('counts the days a figure covers, both ends included', () => {
    expect(daysCovered({ asOf: '2021-03-04', asOfTo: null })).toBe(1);
    expect(daysCovered({ asOf: '2021-03-01', asOfTo: '2021-03-31' })).toBe(31);
    expect(daysCovered({ asOf: '2020-02-01', asOfTo: '2020-02-29' })).toBe(29);
  });

  it('gives two windows of equal length around an event', () => {
    const w = eventWindows('2021-06-10', 30);
    expect(w.before).toEqual({ from: '2021-05-11', to: '2021-06-09' });
    expect(w.after).toEqual({ from: '2021-06-10', to: '2021-07-09' });
    expect(daysCovered({ asOf: w.before.from, asOfTo: w.before.to })).toBe(30);
    expect(daysCovered({ asOf: w.after.from, asOfTo: w.after.to })).toBe(30);
  });

  it('puts a period on a side only when wholly inside it, and says why a straddler is not', () => {
    const w = eventWindows('2021-06-10', 30);
    expect(place({ asOf: '2021-06-09', asOfTo: null }, '2021-06-10', w)).toEqual({ side: 'before' });
    expect(place({ asOf: '2021-06-10', asOfTo: null }, '2021-06-10', w)).toEqual({ side: 'after' });
    const june = place({ asOf: '2021-06-01', asOfTo: '2021-06-30' }, '2021-06-10', w);
    expect(june.side).toBe('straddles');
    expect(june.side === 'straddles' && june.why).toMatch(/across the event on 2021-06-10/);
    const may = place({ asOf: '2021-05-01', asOfTo: '2021-05-31' }, '2021-06-10', w);
    expect(may.side === 'straddles' && may.why).toMatch(/before the window opens/);
    expect(place({ asOf: '2021-06-20', asOfTo: '2021-07-20' }, '2021-06-10', w).side).toBe('straddles');
    expect(place({ asOf: '2021-06-14', asOfTo: '2021-06-20' }, '2021-06-10', w)).toEqual({ side: 'after' });
    expect(place({ asOf: '2021-01-01', asOfTo: '2021-01-31' }, '2021-06-10', w)).toEqual({ side: 'outside' });
  });

  it('weighs a mean by the days each value covers', () => {
    // A 30-day average of 100 and one day at 400: (30·100 + 400) / 31.
    const mean = dayWeightedMean([
      { asOf: '2021-04-01', asOfTo: '2021-04-30', value: 100 },
      { asOf: '2021-05-02', asOfTo: null, value: 400 },
    ]);
    expect(mean).toBeCloseTo(3400 / 31, 9);
    expect(dayWeightedMean([])).toBeNull();
  });

  it('splits a period over the weeks or months it covers', () => {
    // Monday 2021-03-01 .. Sunday 2021-03-07 is one ISO week.
    expect(bucketStart('2021-03-07', 'week')).toBe('2021-03-01');
    expect(bucketStart('2021-03-08', 'week')).toBe('2021-03-08');
    const weeks = aggregate(
      [
        { asOf: '2021-03-05', asOfTo: '2021-03-10', value: 10 }, // 3 days in week 1, 3 in week 2
        { asOf: '2021-03-09', asOfTo: null, value: 40 },
      ],
      'week',
    );
    expect(weeks).toEqual([
      { from: '2021-03-01', to: '2021-03-07', mean: 10, days: 3 },
      { from: '2021-03-08', to: '2021-03-14', mean: (3 * 10 + 40) / 4, days: 4 },
    ]);
    const months = aggregate([{ asOf: '2021-01-30', asOfTo: '2021-02-02', value: 7 }], 'month');
    expect(months.map((m) => [m.from, m.to, m.days])).toEqual([
      ['2021-01-01', '2021-01-31', 2],
      ['2021-02-01', '2021-02-28', 2],
    ]);
  });
});
