// The level a change started from holds the period before the one the change reached.
import { describe, expect, it } from 'vitest';
import { asOfOf, periodOf } from './figure-date';

describe('the level a change moved from', () => {
  it.each([
    ['Exports rose to 1.2 million bpd in June from 1.1 million bpd.', '2031-07-10', 1100000, ['2031-05-01', '2031-05-31']],
    ['Loadings slipped to 640,000 bpd in March, down from about 700,000 bpd.', '2031-04-02', 700000, ['2031-02-01', '2031-02-28']],
    ['Crude export curbs widened to 300,000 b/d in October from 180,000 b/d.', '2031-11-05', 180000, ['2031-09-01', '2031-09-30']],
    ['The 90,000 bpd shortfall in fuel output narrowed to 40,000 bpd in August.', '2031-09-04', 90000, ['2031-07-01', '2031-07-31']],
    ['Sales climbed to $4.1 billion in 2030 from $3.6 billion.', '2031-02-04', 3.6e9, ['2029-01-01', '2029-12-31']],
  ])('dates the earlier level in "%s" the period before', (text, published, value, period) => {
    expect(periodOf(text, published, value)).toEqual(period);
  });

  it('leaves the earlier level alone when the new one is dated by a day', () => {
    expect(periodOf('Exports rose to 1.2 million bpd on Monday from 1.1 million bpd.', '2031-07-10', 1100000)).toEqual(['2031-07-10', null]);
  });

  it('leaves a level with time words of its own alone', () => {
    expect(periodOf('Exports rose to 1.2 million bpd in June from 1.1 million bpd in April.', '2031-07-10', 1100000)).toEqual(['2031-04-01', '2031-04-30']);
  });
});

describe('a capacity raised "to X from Y"', () => {
  it.each([
    ['The new compressors raise the Halden line\'s capacity to 410,000 bpd from about 260,000 bpd, the operator said.', 260000],
    ['The upgrade lifted the refinery\'s capacity to 180,000 barrels per day from 150,000.', 150000],
  ])('dates the old capacity of "%s" the day before the new one', (text, value) => {
    expect(asOfOf(text, '2031-06-18', value)).toBe('2031-06-17');
  });

  it('leaves a plain "from" between two plans alone', () => {
    expect(asOfOf('The group plans to pump 410,000 bpd from about 260,000 bpd next year.', '2031-06-18', 260000)).not.toBe('2031-06-17');
  });
});
