import { describe, expect, it } from 'vitest';
import { frontMonth, laterContract } from '../../src/reference/contract-month';
import { checkFigure, type ReferenceSet } from '../../src/reference/check';

const month = (count: number) => `${Math.floor(count / 12)}-${String((count % 12) + 1).padStart(2, '0')}`;

describe('the front futures month', () => {
  it('rolls WTI three business days before the 25th of the month before delivery', () => {
    // 25 March 2021 is a Thursday: the May contract's last day is Monday 22 March.
    expect(month(frontMonth('wti', '2021-03-22'))).toBe('2021-04');
    expect(month(frontMonth('wti', '2021-03-23'))).toBe('2021-05');
    // 25 July 2021 is a Sunday: back to Friday 23, then three business days: Tuesday 20.
    expect(month(frontMonth('wti', '2021-07-20'))).toBe('2021-08');
    expect(month(frontMonth('wti', '2021-07-21'))).toBe('2021-09');
  });

  it('rolls Brent after the last business day of the second month before delivery', () => {
    expect(month(frontMonth('brent', '2021-03-31'))).toBe('2021-05');
    expect(month(frontMonth('brent', '2021-04-01'))).toBe('2021-06');
    // 31 July 2021 is a Saturday: the September contract ended on Friday 30 July.
    expect(month(frontMonth('brent', '2021-07-31'))).toBe('2021-10');
  });
});

describe('a price named for a later contract', () => {
  const sentence = 'The August WTI contract settled at $71.10 a barrel, while the September contract ended at $70.35.';
  it('is the front month when it names the front month, and later when it names another', () => {
    expect(laterContract('wti', sentence, '$71.10 a barrel', '2021-07-14')).toBe(false);
    expect(laterContract('wti', sentence, '$70.35', '2021-07-14')).toBe(true);
  });

  it('says nothing when no contract is named, for other entities, or for the verb "may"', () => {
    expect(laterContract('wti', 'U.S. crude settled at $71.10 a barrel.', '$71.10 a barrel', '2021-07-14')).toBe(false);
    expect(laterContract('urals', sentence, '$70.35', '2021-07-14')).toBe(false);
    expect(laterContract('brent', 'Prices may contract further to $60 a barrel.', '$60 a barrel', '2021-07-14')).toBe(false);
  });

  it('leaves such a price unchecked, and checks the front month against spot', () => {
    const refs: ReferenceSet = { daily: { id: 'eia-wti', label: 'EIA WTI spot', entity: 'wti', frequency: 'daily', dates: ['2021-07-14'], values: [71.1] } };
    const figure = { value: 70.35, low: null, high: null, kind: 'level', asOf: '2021-07-14', asOfTo: null, sentence, text: '$70.35' };
    expect(checkFigure(figure, refs)).toBeNull();
    expect(checkFigure({ ...figure, value: 71.1, text: '$71.10 a barrel' }, refs)?.status).toBe('agrees');
  });
});
