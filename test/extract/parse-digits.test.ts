// parseDigits (src/extract/base/numbers.ts) reads every number written in digits; it drops the
// thousands separators news copy uses (commas, spaces, no-break and thin spaces) and nothing else.
import { describe, expect, it } from 'vitest';
import { parseDigits } from '../../src/extract/base/numbers';

describe('parseDigits', () => {
  it('reads plain numbers and decimals as they are', () => {
    expect(parseDigits('2017')).toBe(2017);
    expect(parseDigits('3.76')).toBe(3.76);
    expect(parseDigits('0.5')).toBe(0.5);
  });

  it('drops commas and every kind of space between groups of digits', () => {
    expect(parseDigits('300,000')).toBe(300000);
    expect(parseDigits('1,234,567.25')).toBe(1234567.25);
    expect(parseDigits('185 000')).toBe(185000);
    expect(parseDigits('4\u00a0370\u202f000')).toBe(4370000);
    expect(parseDigits('2\u2009500')).toBe(2500);
  });

  it('gives NaN, not a wrong number, when something else is mixed in', () => {
    expect(parseDigits('1,2a')).toBeNaN();
    expect(parseDigits('3.7.6')).toBeNaN();
  });
});
