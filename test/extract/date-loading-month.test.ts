// A cargo's loading or arrival month says when the oil moves, not when its price was quoted:
// "late-June cargoes were quoted 40 cents above Dubai" is today's offer.
import { describe, expect, it } from 'vitest';
import { asOfOf } from './figure-date';

describe('loading and arrival months', () => {
  it.each([
    ['Sellers quoted late-June cargoes about 40 cents a barrel above Dubai, traders said.', 0.4],
    ['Two cargoes for early July loading changed hands at a discount of $1.20 a barrel.', 1.2],
    ['Refiners bid for August arrival at a premium of 90 cents a barrel over the benchmark.', 0.9],
    ['Offers for September shipment stood at $82.40 a barrel.', 82.4],
  ])('dates "%s" on the day it was told', (text, value) => {
    expect(asOfOf(text, '2031-05-14', value)).toBe('2031-05-14');
  });

  it('still dates a price by a month that is its own', () => {
    expect(asOfOf('The grade averaged $82.40 a barrel in April.', '2031-05-14', 82.4)).toBe('2031-04-01');
  });
});
