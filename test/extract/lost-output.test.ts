// Volume lost by what is said of it: force majeure on it, a stoppage that "cost" it, losses
// "estimated at" it, output "curtailed by" it. Each is a negative change, not a level.
// Invented sentences.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index';

const read = (text: string) => extract(text, { published: '2031-06-18' }).figures.map((f) => [f.value, f.kind]);

describe('volume lost by its frame', () => {
  it.each([
    ['The operator declared force majeure on 180,000 bpd of Brisa crude exports.', -180000],
    ['Some 90,000 bpd of loadings at Port Tamsin remain under force majeure.', -90000],
    ['The blockade has cost the country 600,000 bpd of output.', -600000],
    ['The sabotage is costing Velmar about 45,000 bpd, officials said.', -45000],
    ['Production losses from the outage are estimated at 120,000 bpd.', -120000],
    ['The stoppage has curtailed output by some 400,000 bpd, traders estimate.', -400000],
  ])('"%s" is a loss', (text, value) => {
    expect(read(text)).toContainEqual([value, 'change']);
  });

  it.each([
    ['The force majeure on the Kestrel terminal, which ships 180,000 bpd, was lifted.', [[180000, 'level']]],
    ['Lifting force majeure, the operator restored 180,000 bpd of exports on Monday.', [[180000, 'change']]],
    ['Output is estimated at 1.2 million bpd, the ministry said.', [[1200000, 'level']]],
    ['The expansion will cost $2 billion and add 100,000 bpd of capacity.', [[2000000000, 'target'], [100000, 'target']]],
  ])('"%s" is no loss', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});

describe('a range of volume lost', () => {
  it('is signed as a whole: value and both bounds negative, the lower bound the larger loss', () => {
    const [f] = extract('The operator declared force majeure on 100,000-150,000 bpd of exports.', { published: '2031-06-18' }).figures;
    expect([f?.kind, f?.value, f?.low, f?.high]).toEqual(['change', -125000, -150000, -100000]);
  });
});
