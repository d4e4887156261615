// A round price named as a line crossed ("its first close below $100") is no price paid; the level
// reached, written beside it, stays. Invented sentences.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index';

const prices = (text: string) =>
  extract(text, { published: '2031-06-18' }).figures.filter((f) => f.unit === 'USD/bbl' && f.kind === 'level').map((f) => f.value);

describe('a price named as a threshold crossed', () => {
  it.each([
    ['Brent slid to $88.40 a barrel, its first close below $90 since March.', [88.4]],
    ['The Urals grade traded above $70 a barrel for the first time this year, at $71.20.', [71.2]],
    ['WTI posted its first settlement above $80 a barrel in two months at $80.35.', [80.35]],
  ])('"%s" keeps only the level reached', (text, expected) => {
    expect(prices(text)).toEqual(expected);
  });

  it.each([
    ['Brent fell below $80 a barrel on Monday.', [80]],
    ['For the first time, the grade sold at $64 a barrel.', [64]],
  ])('"%s" is still a price', (text, expected) => {
    expect(prices(text)).toEqual(expected);
  });
});
