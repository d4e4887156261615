// A budget story's lead may name the budget and leave its year to a later sentence about its
// money: that year is the budget's, for the lead's figures too. Invented copy.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index';

const dated = (text: string, published: string) => new Map(extract(text, { published }).figures.map((f): [number, string | null] => [f.value, f.asOf]));

describe('a budget whose year a later sentence gives', () => {
  const story =
    "Norland's legislature has passed an unprecedented budget of 210 trillion dinars for each of the coming two years. " +
    'The bill foresees a deficit of about 60 trillion dinars for 2031. It assumes an oil price of $72 a barrel and exports of 1.4 million barrels per day.';

  it('dates the lead, the deficit and the assumptions by that year', () => {
    const byValue = dated(story, '2031-06-13');
    expect(byValue.get(210e12)).toBe('2031-01-01');
    expect(byValue.get(60e12)).toBe('2031-01-01');
    expect(byValue.get(72)).toBe('2031-01-01');
    expect(byValue.get(1.4e6)).toBe('2031-01-01');
  });

  it('leaves a story whose lead names no budget alone', () => {
    const other = 'Norland pumped 1.2 million bpd on Monday. The ministry projects a deficit of about 6 billion dinars for 2031. It assumes an oil price of $72 a barrel.';
    expect(dated(other, '2031-06-13').get(72)).toBe('2031-06-13');
  });
});
