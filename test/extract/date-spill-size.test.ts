// A spill's size holds on the day of the spill the article names before it.
import { describe, expect, it } from 'vitest';
import { asOfOf } from './figure-date';

describe('the size of a spill', () => {
  it.each([
    ['The operator restarted the line after repairing a leak found on March 3. Crews are still cleaning up the 2,500-barrel spill.', 2500, '2031-03-03'],
    ['A pipeline ruptured near the river on Tuesday. Regulators said about 800 barrels of oil leaked into a ditch.', 800, '2031-03-18'],
    ['The company shut the line after a spill on Tuesday. It said the line had spilled some 3,000 barrels.', 3000, '2031-03-18'],
  ])('dates "%s" at the spill', (text, value, asOf) => {
    expect(asOfOf(text, '2031-03-20', value)).toBe(asOf);
  });

  it('keeps the publication day when the article dates no spill', () => {
    expect(asOfOf('Crews are still cleaning up the 2,500-barrel spill.', '2031-03-20', 2500)).toBe('2031-03-20');
  });

  it('does not date barrels that are no spill by a leak', () => {
    expect(asOfOf('A leak was found on March 3. Stocks at the hub stood at 20 million barrels.', '2031-03-20', 20e6)).toBe('2031-03-20');
  });
});
