// A change since the year began runs over the year so far and is dated by its first day, like
// "so far this year"; "since" with another start stays the base a change is measured from.
import { describe, expect, it } from 'vitest';
import { periodOf } from './figure-date';

describe('year-to-date changes', () => {
  it.each([
    ['Dubai crude has climbed roughly 14% since the start of the year.', 14],
    ['The Urals discount has widened by $6 a barrel since the beginning of this year, traders said.', 6],
    ['WTI is up 9 percent since the start of the year as refiners restock.', 9],
  ])('dates "%s" from January 1', (text, value) => {
    expect(periodOf(text, '2031-05-20', value)[0]).toBe('2031-01-01');
  });

  it('matches "so far this year", which already read this way', () => {
    expect(periodOf('Canal receipts have fallen 25% so far this year.', '2031-05-20', 25)[0]).toBe('2031-01-01');
  });

  it('keeps "since <day>" a base for a change, dated when it is told', () => {
    expect(periodOf('Brent has risen 4% since Monday.', '2031-05-22', 4)[0]).not.toBe('2031-05-19');
  });
});
