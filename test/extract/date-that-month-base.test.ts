// "for the month" points back to the month the sentence reports on, not to the month a change
// was measured from ("down 8% from May").
import { describe, expect, it } from 'vitest';
import { periodOf } from './figure-date';

describe('"for the month" after a change from another month', () => {
  it.each([
    ['June output fell 8% from May, when the country pumped 1.3 million b/d, and left it well short of its quota of 1.5 million b/d for the month.', 1.5e6],
    ['Exports in June were down 60,000 bpd from May, when a terminal reopened, and missed the target of 900,000 bpd set for the month.', 900000],
  ])('reads "%s" as June', (text, value) => {
    expect(periodOf(text, '2031-07-15', value)).toEqual(['2031-06-01', '2031-06-30']);
  });

  it('still takes the only month the sentence names', () => {
    expect(periodOf('The country exported 1.2 million b/d in May. Its refineries ran at 400,000 b/d for the month.', '2031-07-15', 400000)).toEqual(['2031-05-01', '2031-05-31']);
  });
});
