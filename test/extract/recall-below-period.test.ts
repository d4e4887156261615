// A volume "below" another period's figure in the possessive ("below September's shipments") is the
// gap between the two periods, a negative change, not a level. Invented sentences.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index';

const read = (text: string) => extract(text, { published: '2031-06-18' }).figures.map((f) => [f.value, f.kind]);

describe('a volume below another period’s', () => {
  it.each([
    ['The May tally was nearly 200,000 bpd below March’s loadings.', -200000],
    ["Shipments ran 45,000 bpd below Monday's rate.", -45000],
  ])('"%s" is a change', (text, value) => {
    expect(read(text)).toContainEqual([value, 'change']);
  });

  it('a price below another grade stays a price', () => {
    expect(read("Urals sold at $12 a barrel below Brent's price.")).toEqual([[12, 'level']]);
  });
});
