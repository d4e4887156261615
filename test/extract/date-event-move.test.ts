// A market's move caused by an event the article dates, told without a day of its own, happened in
// the first session from the event: a Saturday attack moves prices on Monday.
import { describe, expect, it } from 'vitest';
import { asOfOf } from './figure-date';

describe('a price move on the news of an event', () => {
  it.each([
    // Published Tuesday 2031-05-20; Saturday is the 17th, and the first session Monday the 19th.
    ['Drones struck the Marsa terminal on Saturday. The attack initially pushed crude prices up 12 per cent before they eased.', 12, '2031-05-19'],
    // Wednesday 2031-05-14: the same day.
    ['A fire broke out at the Tolan refinery on Wednesday. The fire pushed Brent futures up $3 a barrel.', 3, '2031-05-14'],
    ['Workers walked out at the Osk fields on May 13. The strike drove crude prices 6% higher.', 6, '2031-05-13'],
  ])('dates the move in "%s" on the first session', (text, value, day) => {
    expect(asOfOf(text, '2031-05-20', value)).toBe(day);
  });

  it('keeps a move with a day of its own', () => {
    const text = 'Drones struck the Marsa terminal on Thursday. The attack sent oil prices up 12 per cent on Friday.';
    expect(asOfOf(text, '2031-05-20', 12)).toBe('2031-05-16');
  });

  // A move told as "lifted <prices> N per cent", with the object between verb and figure, is a
  // change (changes.ts PRICE_OBJECT), so the move is dated (once a known failure).
  it('dates a move told as "lifted crude prices N per cent"', () => {
    const text = 'Drones struck the Marsa terminal on Saturday. The attack initially lifted crude prices 12 per cent before they eased.';
    expect(asOfOf(text, '2031-05-20', 12)).toBe('2031-05-19');
  });

  it('leaves a move whose event the article does not date', () => {
    expect(asOfOf('The attack sent oil prices up 12 per cent.', '2031-05-20', 12)).toBe('2031-05-20');
  });
});
