// Barrels without "a day" compared with a daily rate just before them are a daily rate too;
// a volume far off the rate's size stays barrels. Invented sentences.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index';

const units = (text: string) => extract(text, { published: '2031-03-10' }).figures.map((f) => [f.value, f.unit]);

describe('barrels compared with a daily rate', () => {
  it('takes the daily rate across "compared with"', () => {
    expect(units('The line carried 140,000 barrels a day on Monday, compared with 300,000 to 320,000 barrels before the closure.')).toEqual([[140000, 'bbl/d'], [310000, 'bbl/d']]);
  });

  it('leaves a volume of another order in barrels', () => {
    expect(units('The port shipped 90,000 barrels a day, compared with 4 million barrels held in its tanks.')).toContainEqual([4000000, 'bbl']);
  });
});
