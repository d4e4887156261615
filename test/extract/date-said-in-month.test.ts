// A report whose only time words are the month it was made in holds in that month.
import { describe, expect, it } from 'vitest';
import { periodOf } from './figure-date';

describe('said in a month that …', () => {
  it.each([
    ['The ministry said in March that exports had fallen to 800,000 bpd.', 800000, ['2031-03-01', '2031-03-31']],
    ['The regulator said in June that only 6% of the field\'s gas was flared.', 6, ['2031-06-01', '2031-06-30']],
    ['The regulator said last month that output had slipped to 1.4 million bpd.', 1.4e6, ['2031-08-01', '2031-08-31']],
  ])('dates "%s" in the month it was said', (text, value, period) => {
    expect(periodOf(text, '2031-09-14', value)).toEqual(period);
  });

  it('keeps a time of the figure\'s own', () => {
    expect(periodOf('The ministry said in March that exports had fallen to 800,000 bpd in February.', '2031-09-14', 800000)).toEqual(['2031-02-01', '2031-02-28']);
  });

  it('leaves a plan said in a month alone', () => {
    expect(periodOf('The ministry said in March that exports would rise to 900,000 bpd.', '2031-09-14', 900000)[0]).not.toBe('2031-03-01');
  });
});

describe('the same speaker going on in the next sentence', () => {
  it.each([
    ['The ministry\'s spokesman said in March that exports had fallen to 800,000 bpd. He said output had slipped to 1.1 million bpd as well.', 1.1e6],
    ['The oil minister said last month that the new field was on stream. She added that national output had reached 2.3 million bpd.', 2.3e6],
  ])('dates "%s" in the month of the statement', (text, value) => {
    const [asOf] = periodOf(text, '2031-04-14', value);
    expect(asOf).toBe('2031-03-01');
  });

  it('does not carry the month to another speaker', () => {
    const text = 'The ministry said in March that exports had fallen to 800,000 bpd. Traders said output had slipped to 1.1 million bpd.';
    expect(periodOf(text, '2031-04-14', 1.1e6)[0]).not.toBe('2031-03-01');
  });
});

describe('said on a day that …', () => {
  it.each([
    ['Officials told parliament on Monday that crude production had dropped to about 410,000 bpd.', 410000],
    ['The operator said on Monday that flows through the line were running at 95,000 bpd.', 95000],
    ['The port authority said on Monday it had loaded 1.2 million barrels since the berth reopened.', 1.2e6],
  ])('dates "%s" on the day of the statement', (text, value) => {
    expect(periodOf(text, '2031-04-16', value)[0]).toBe('2031-04-14');
  });

  it('keeps a time of the figure\'s own', () => {
    expect(periodOf('The agency said on Monday that exports averaged 800,000 bpd in March.', '2031-04-16', 800000)).toEqual(['2031-03-01', '2031-03-31']);
  });

  it('gives way to the day the statement gives its data for', () => {
    const text = 'The company said on Monday that output had dropped to 210,000 bpd. "As of Saturday, production stands at 210,000 barrels a day," the statement said.';
    expect(periodOf(text, '2031-04-16', 210000)[0]).toBe('2031-04-12');
  });
});
