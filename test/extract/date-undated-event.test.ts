// An article with no publication date still dates what refers to an event it dates in full:
// "before the shutdown" after "shut on Jan. 9, 2030", a spill's size after "leaked on May 2, 2029".
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index';

const undated = (text: string, value: number) => extract(text).figures.find((f) => Math.abs(f.value) === value);

describe('events an undated article dates in full', () => {
  it.each([
    ['The Tamar line suspended pumping on Feb. 3, 2030, after a landslide. Gabon was producing about 210,000 barrels per day before the shutdown.', 210000, '2030-02-02'],
    ['Workers walked out at the Port Lyra terminal on March 14, 2029. Before the strike, the port loaded some 95,000 bpd.', 95000, '2029-03-13'],
  ])('dates the level of "%s" the day before the event', (text, value, day) => {
    expect(undated(text, value)?.asOf).toBe(day);
  });

  it.each([
    ['A pipe ruptured on Sept. 9, 2028 near the Osk river. Officials said the spill released about 4,100 barrels of crude.', 4100, '2028-09-09'],
    ['The line leaked on June 2, 2029. The leak spewed roughly 900 barrels into a marsh.', 900, '2029-06-02'],
  ])('dates the spill of "%s" on its day', (text, value, day) => {
    expect(undated(text, value)?.asOf).toBe(day);
  });

  it('leaves an event dated only by a weekday unplaced', () => {
    const text = 'The Tamar line suspended pumping on Tuesday. Gabon was producing about 210,000 barrels per day before the shutdown.';
    expect(undated(text, 210000)?.asOf ?? null).toBeNull();
    expect(undated(text, 210000)).toBeDefined();
  });
});
