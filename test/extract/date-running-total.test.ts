// A sum run up since a start holds on the day it was counted to, not from its start.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index';

const dated = (text: string, published: string) => extract(text, { published }).figures.map((f) => [f.value, f.asOf, f.asOfTo]);

describe('running totals', () => {
  it.each([
    ['The stoppage has cost the treasury $410 million since the terminals shut on March 2.', '2031-03-20', 410e6, '2031-03-20'],
    ['Losses of $95m have piled up since rebels seized the pumping station two weeks ago.', '2031-03-20', 95e6, '2031-03-20'],
    ['The line has been idle since June 4, costing the region about $600 million so far.', '2031-07-15', 600e6, '2031-07-15'],
    ['Refiners have drawn 14 million barrels from storage since January.', '2031-05-09', 14e6, '2031-05-09'],
  ])('dates "%s" at the day it runs to', (text, published, value, asOf) => {
    expect(dated(text, published)).toContainEqual([value, asOf, null]);
  });

  it("counts to the article's as-of day, else the statement's day", () => {
    const asOf = 'As of Sunday, the company said, output was 80,000 bpd. Losses since May 3 exceed $2.2 billion.';
    expect(dated(asOf, '2031-06-17')).toContainEqual([2.2e9, '2031-06-15', null]);
    const said = 'The blockade has cost $300m since the ports closed, the company said in a statement on Saturday.';
    expect(dated(said, '2031-06-16')).toContainEqual([300e6, '2031-06-14', null]);
  });

  it('keeps the start of a rate that runs since a day', () => {
    const [f] = extract('Exports have averaged 80,000 bpd since May 3.', { published: '2031-06-16' }).figures;
    expect(f?.asOf).toBe('2031-05-03');
  });
});
