// "for six months, until December 31": a span counted back from its end holds from its first month.
import { describe, expect, it } from 'vitest';
import { periodOf } from './figure-date';

describe('a span of months up to an end date', () => {
  it.each([
    ['The producers then agreed to keep 1.4 million bpd off the market for six months, until December 31.', 1.4e6, ['2031-07-01', '2031-12-31']],
    ['The group will curb output by 300,000 bpd for three months, until the end of September.', 300000, ['2031-07-01', '2031-09-30']],
    ['Members pledged to keep a reduction of 2 million bpd for the next four months to October 31.', 2e6, ['2031-07-01', '2031-10-31']],
  ])('dates "%s" from the span\'s first month', (text, value, period) => {
    expect(periodOf(text, '2031-06-10', value)).toEqual(period);
  });

  it('keeps a plain deadline on its day when no span is counted', () => {
    expect(periodOf('The group will hold a cut of 1.4 million bpd until December 31.', '2031-06-10', 1.4e6)[0]).not.toBe('2031-07-01');
  });
});
