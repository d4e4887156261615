// When two reports of one period agree: values within 1 % of each other, or ranges (a missing end
// being the value) that overlap, whichever of the two carries the range.
import { describe, expect, it } from 'vitest';
import { agree } from '../../src/series/observations';

const plain = (value: number) => ({ value, low: null, high: null });

describe('agree', () => {
  it('takes values within 1 % of the larger as one', () => {
    expect(agree(plain(400_000), plain(403_900))).toBe(true);
    expect(agree(plain(400_000), plain(405_000))).toBe(false);
    expect(agree(plain(-20), plain(-20.1))).toBe(true);
  });

  it('joins a plain value to a range around it, in either order', () => {
    const range = { value: 64, low: 60, high: 70 };
    for (const [a, b] of [[plain(68), range], [range, plain(68)]] as const) expect(agree(a, b)).toBe(true);
    for (const [a, b] of [[plain(71), range], [range, plain(71)]] as const) expect(agree(a, b)).toBe(false);
  });

  it('reads a range with one end as running from that end to the value', () => {
    // "at least 50, about 55": 50..55; "up to 58, about 52": 52..58.
    const atLeast = { value: 55, low: 50, high: null };
    const upTo = { value: 52, low: null, high: 58 };
    expect(agree(plain(49), atLeast)).toBe(false);
    expect(agree(atLeast, plain(51))).toBe(true);
    expect(agree(plain(57), upTo)).toBe(true);
    expect(agree(upTo, plain(59))).toBe(false);
    expect(agree(atLeast, upTo)).toBe(true);
  });
});
