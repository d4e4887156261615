// significantDigits counts in place what three string replaces used to count: the digits of the
// value as JavaScript writes it, without the point and the leading and trailing zeros. The old
// form is kept here as the reference, so the faster one cannot drift from it.
import { describe, expect, it } from 'vitest';
import { significantDigits } from '../../src/extract/dates/restated';

const byReplacing = (value: number): number => String(Math.abs(value)).replace('.', '').replace(/^0+/, '').replace(/0+$/, '').length;

describe('significantDigits', () => {
  it('counts the digits that say something', () => {
    expect(significantDigits(412_500)).toBe(4);
    expect(significantDigits(-38_000)).toBe(2);
    expect(significantDigits(0.05)).toBe(1);
    expect(significantDigits(71.25)).toBe(4);
    expect(significantDigits(0)).toBe(0);
  });

  it('agrees with the string form on awkward numbers', () => {
    const awkward = [1e21, 2.5e-7, 1e-7, 0.1 + 0.2, 1000.001, 100.5, Number.MAX_VALUE, Number.MIN_VALUE, NaN, Infinity, -0];
    for (const v of awkward) expect(significantDigits(v), String(v)).toBe(byReplacing(v));
  });

  it('agrees with the string form on many invented values', () => {
    let seed = 7;
    const next = (): number => (seed = (seed * 48271) % 2147483647) / 2147483647;
    for (let i = 0; i < 20_000; i++) {
      const v = Math.round(next() * 10 ** Math.floor(next() * 12)) / 10 ** Math.floor(next() * 6);
      expect(significantDigits(v)).toBe(byReplacing(v));
    }
  });
});
