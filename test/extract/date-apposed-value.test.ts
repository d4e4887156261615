// A figure set after another to say how big it is in other terms ("…, worth $X", "…, or about
// Y% of …") holds when the figure it sizes holds, even past a clause of place and source.
import { describe, expect, it } from 'vitest';
import { periodOf } from './figure-date';

describe('values and shares apposed to a dated figure', () => {
  it.each([
    ['Smugglers siphoned off 2.4 million barrels of fuel oil in 2029, worth some $180 million at the time.', 180e6, ['2029-01-01', '2029-12-31']],
    ['The refinery lost 750,000 barrels of diesel to leaks in March, valued at about $60 million.', 60e6, ['2031-03-01', '2031-03-31']],
    ['Pirates stole about 1.1 million barrels of condensate between June and August, worth an estimated $85 million.', 85e6, ['2031-06-01', undefined]],
  ])('dates the money of "%s" with the barrels', (text, value, [asOf, asOfTo]) => {
    const [from, to] = periodOf(text, '2031-09-10', value);
    expect(from).toBe(asOf);
    if (asOfTo) expect(to).toBe(asOfTo);
  });

  it('dates a share set after a long clause of place and source with its figure', () => {
    // The first sentence takes the lead, so no story period stands in for the rule.
    const text = 'Tanker rates jumped 12% on Tuesday. Some 3.1 million barrels per day of crude and fuel moved through the Mandala narrows and the channels off Cape Tolan in the third quarter of 2030, by the count of a Geneva shipping consultancy that tracks tankers, or about 6% of all seaborne oil.';
    expect(periodOf(text, '2031-02-02', 6)).toEqual(['2030-07-01', '2030-09-30']);
  });

  it('leaves money that is not the value of the barrels alone', () => {
    // "worth" of a deal with no barrels before it: nothing to borrow.
    expect(periodOf('The firm signed a supply deal worth $40 million.', '2031-09-10', 40e6)[0]).toBe('2031-09-10');
  });
});
