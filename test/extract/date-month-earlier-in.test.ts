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

  it('leaves a change with its own month alone', () => {
    const figures = dated('Exports rose 20,000 bpd in March from a month earlier.', '2026-04-20');
    expect(figures.find((f) => f[1] === 'change')).toEqual([20000, 'change', '2026-03-01']);
  });
});
