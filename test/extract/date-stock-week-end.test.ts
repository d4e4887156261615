// A stock reported for a week is counted on the week's last day; the build or draw runs over the
// week, and the level it started from is the previous week's last day.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index';

const byKind = (text: string, published: string) => extract(text, { published }).figures.map((f) => [f.kind, f.value, f.asOf, f.asOfTo]);

describe('stocks at the end of a week', () => {
  it('dates the stock, the build and the stock before it', () => {
    const figures = byKind('Commercial crude inventories rose by 2 million barrels to 440 million barrels in the week ended March 7, the agency said on Wednesday.', '2031-03-13');
    expect(figures).toContainEqual(['level', 440e6, '2031-03-07', null]);
    expect(figures).toContainEqual(['change', 2e6, '2031-03-01', '2031-03-07']);
    expect(figures).toContainEqual(['derived', 438e6, '2031-02-28', null]);
  });

  it.each([
    ['Stockpiles at the hub fell to 22 million barrels in the week to Friday.', '2031-03-17', 22e6, '2031-03-14'],
    ['Gasoline stocks stood at 230 million barrels in the week ending March 14.', '2031-03-19', 230e6, '2031-03-14'],
  ])('dates "%s" at the week\'s last day', (text, published, value, asOf) => {
    expect(byKind(text, published)).toContainEqual(['level', value, asOf, null]);
  });

  it('keeps the week for barrels that flowed over it', () => {
    expect(byKind('Tankers loaded 1.6 million barrels at the port in the week to Friday.', '2031-03-17')).toContainEqual(['level', 1.6e6, '2031-03-08', '2031-03-14']);
  });
});
