// "N less than a month earlier in April": April is the change's base; the change runs over May,
// and the level it started from is April's.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index';

const dated = (text: string, published: string) => extract(text, { published }).figures.map((f) => [f.value, f.kind, f.asOf]);

describe('a change from a month earlier in a named month', () => {
  it('dates the change the month after its base and the level before it in the base month', () => {
    const figures = dated('Refinery runs reached 812,000 bpd, 35,000 bpd more than a month earlier in August, the ministry said.', '2026-10-15');
    expect(figures.filter((f) => f[1] !== 'level')).toEqual([
      [777000, 'derived', '2026-08-01'],
      [35000, 'change', '2026-09-01'],
    ]);
  });

  it('reads a named month across the new year', () => {
    const figures = dated('Exports slipped to 1.1 million bpd, 40,000 bpd less than a month earlier in December.', '2027-02-12');
    expect(figures.find((f) => f[1] === 'change')).toEqual([-40000, 'change', '2027-01-01']);
  });

  it.each([
    ['Refinery runs reached 812,000 bpd, 35,000 bpd more than a month earlier in August, the ministry said.', '2026-10-15', 812000, '2026-09-01'],
    ['The country shipped 820,000 barrels a day, 45,000 bpd less than a month earlier in April, figures published on Wednesday showed.', '2026-06-18', 820000, '2026-05-01'],
    ['Shipments averaged 2.2 million bpd, 90,000 bpd lower than a month earlier in December.', '2027-02-12', 2200000, '2027-01-01'],
  ])('dates the level written just before such a change with the change: "%s"', (text, published, value, asOf) => {
    expect(dated(text, published)).toContainEqual([value, 'level', asOf]);
  });

  it('leaves a level that is not right before the change alone', () => {
    const figures = dated('Exports were 1.3 million bpd on Monday; output fell 30,000 bpd less than a month earlier in April.', '2026-06-18');
    expect(figures.find((f) => f[0] === 1300000)?.[2]).toBe('2026-06-15');
  });

  it('leaves a change with its own month alone', () => {
    const figures = dated('Exports rose 20,000 bpd in March from a month earlier.', '2026-04-20');
    expect(figures.find((f) => f[1] === 'change')).toEqual([20000, 'change', '2026-03-01']);
  });
});
