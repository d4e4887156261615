// A statement's data day ("as of January 23") dates its figures of the moment elsewhere in the
// article: how far output has dropped, losses so far, what output now is.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index';

const dated = (text: string, published: string) =>
  extract(text, { published }).figures.map((f) => [f.value, f.asOf, f.tags.filter((t) => t.startsWith('date:'))]);

describe('the day a statement gives its data for', () => {
  it('dates the lead\'s current level, told days later, at the statement\'s day', () => {
    const text = [
      'The blockade has cut Eastland\'s crude output to less than 150,000 bpd, the state company said on Monday.',
      '"As of March 6, production had fallen to 148,210 barrels per day," the company said.',
    ].join('\n\n');
    expect(dated(text, '2031-03-09')).toEqual([
      [150000, '2031-03-06', ['date:as-of-day']],
      [148210, '2031-03-06', ['date:calendar']],
    ]);
  });

  it('dates running totals and "now" figures of the statement at that day', () => {
    const text = [
      'Losses from the closures now exceed $900 million, the company has said.',
      'The statement put output at 80,000 bpd as of Saturday, March 8.',
      'Cumulative losses came to 2.4 million barrels.',
    ].join(' ');
    expect(dated(text, '2031-03-10').map(([v, asOf]) => [v, asOf])).toEqual([
      [900000000, '2031-03-08'],
      [80000, '2031-03-08'],
      [2400000, '2031-03-08'],
    ]);
  });

  it('keeps the level a fall started from out of it', () => {
    const text = 'The closures have cut output from more than 900,000 bpd to less than 200,000 bpd, the company said. Its statement gave output as of March 6.';
    expect(dated(text, '2031-03-09')[0]?.[2]).not.toEqual(['date:as-of-day']);
  });

  it.each([
    ['a data series that no one states', 'As of March 6, the reserve held 400 million barrels. The sales have returned more than $9 billion.'],
    ['a statement a month old', 'The statement gave stocks as of February 2. The sales have returned more than $9 billion.'],
  ])('does not take the day of %s', (_, text) => {
    expect(dated(text, '2031-03-09').at(-1)).toEqual([9000000000, '2031-03-09', ['date:published']]);
  });
});
