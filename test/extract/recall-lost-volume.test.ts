// Volume lost or won back, in frames the loss rules missed: the flow named at length before the
// verb, a share of the whole set off by commas, "still shut in" with no verb of being, an
// appositive volume that "has now been lost", a stopped flow "of" its size, a loss someone
// "estimated at" or "put at", and output "restarted". Each is a signed change, not a level.
// Invented sentences.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index';

const read = (text: string) => extract(text, { published: '2031-06-18' }).figures.map((f) => [f.value, f.kind]);

describe('a volume lost, in the frames the loss rules missed', () => {
  it.each([
    ['Operators still had 210,500 b/d of Caspian offshore crude production shut in as of Sunday.', -210500],
    ['The storm keeps nearly 90,000 b/d of North Sea Brent crude shut in.', -90000],
    ['Analysts said up to 140,000 b/d of Permian tight oil output had been shut since Friday.', -140000],
    ['On Friday 312,000 b/d, or 18.5% of regional output, was offline as the storm hit.', -312000],
    ['Some 75,000 b/d, roughly 9% of the basin total, were shut by Monday.', -75000],
    ['Restarts have left about 120,000 b/d still shut in across the region.', -120000],
    ['The eastern share of that, around 95,000 bpd, has now been lost, the minister said.', -95000],
    ['Velmar has begun shutting down its entire oil production of some 180,000 barrels per day.', -180000],
    ['The operator halted exports of 65,000 bpd after the leak.', -65000],
    ['The consultancy estimated the loss at closer to 410,000 b/d.', -410000],
    ['The ministry put the shortfall caused by the strikes at 230,000 barrels a day.', -230000],
    ['Traders pegged the outage at about 55,000 bpd.', -55000],
  ])('"%s" is a loss', (text, value) => {
    expect(read(text)).toContainEqual([value, 'change']);
  });

  it.each([
    ['Producers have since restarted some 300,000 b/d, industry estimates show.', 300000],
    ['Crews restarted about 45,000 bpd of output at the Kestrel field on Tuesday.', 45000],
  ])('"%s" is volume won back', (text, value) => {
    expect(read(text)).toContainEqual([value, 'change']);
  });

  it.each([
    ['The field restarted at 60,000 bpd on Monday.', [[60000, 'level']]],
    ['Output is estimated at 410,000 b/d, the ministry said.', [[410000, 'level']]],
    ['The refinery, still running at 120,000 bpd, was spared.', [[120000, 'level']]],
    ['Output reached 300,000 bpd, was steady in May and rose in June.', [[300000, 'level']]],
    ['The line halted after pumping 65,000 bpd for a week.', [[65000, 'level']]],
    ['Exports of 650,000 bpd went mostly to Asia.', [[650000, 'level']]],
  ])('"%s" is no loss', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});

describe('a volume before "were cut by" another', () => {
  it('is the level the cut started from, not a loss', () => {
    expect(read('Loadings, previously running at about 450,000 bpd, were cut by 150,000 bpd on Monday.')).toContainEqual([450000, 'level']);
  });
});
