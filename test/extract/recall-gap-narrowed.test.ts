// A gap that "narrowed by" or "widened by" a sum is a change of the gap: a spread written as a
// positive price fell when it narrowed; a discount written as a negative price rose. The level
// before is derived either way, negative for a discount. "widened to $6" is a level. Invented sentences.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index';

const read = (text: string) =>
  extract(text, { published: '2031-06-18' }).figures.map((f) => [f.kind, Math.round(f.value * 100) / 100]);

describe('a gap narrowed or widened by a sum', () => {
  it.each([
    ['The Brent-Dubai spread narrowed by $1.10 to $2.40 a barrel.', [['derived', 3.5], ['change', -1.1], ['level', 2.4]]],
    ['The Brent-Dubai spread widened by 60 cents to $3.10 a barrel.', [['derived', 2.5], ['change', 0.6], ['level', 3.1]]],
    ['The discount of Urals to Brent narrowed by about $3/bbl in both ports, to about -$14.50/bbl.', [['derived', -17.5], ['change', 3], ['level', -14.5]]],
  ])('"%s"', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it('"widened to" names the level reached, no change', () => {
    expect(read('The premium widened to more than $6 a barrel.')).toEqual([['level', 6]]);
  });
});
