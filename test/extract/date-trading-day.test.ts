// A price's previous close is the previous trading day's settlement: markets do not settle at
// weekends, so a move reported on a Monday started from Friday. Other daily figures (flows,
// output) run every day, and the level before a Monday loss is still Sunday's.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index';
import { previousTradingDay } from '../../src/extract/dates/calendar';

const derived = (text: string, published: string) =>
  extract(text, { published }).figures.filter((f) => f.kind === 'derived').map((f) => [Math.round(f.value * 100) / 100, f.asOf]);

describe('previous trading day', () => {
  it.each([
    ['2024-03-11', '2024-03-08'], // Monday → Friday
    ['2024-03-10', '2024-03-08'], // Sunday → Friday
    ['2024-03-09', '2024-03-08'], // Saturday → Friday
    ['2024-03-13', '2024-03-12'], // Wednesday → Tuesday
    ['2024-01-01', '2023-12-29'], // across a year, Monday → Friday
  ])('before %s is %s', (day, before) => {
    expect(previousTradingDay(day)).toBe(before);
  });

  it('dates a Monday price move from Friday settlement', () => {
    expect(derived('Brent crude futures gained $1.40, or 1.7%, to settle at $83.10 a barrel on Monday.', '2024-03-12')).toEqual([[81.7, '2024-03-08']]);
  });

  it('dates a percentage move reported on a Monday from Friday', () => {
    expect(derived('West Texas Intermediate was trading 4% higher at $78.00 per barrel.', '2024-03-11')).toEqual([[75, '2024-03-08']]);
  });

  it('dates a midweek move from the day before', () => {
    expect(derived('U.S. crude slipped 55 cents to $77.45 a barrel on Wednesday.', '2024-03-14')).toEqual([[78, '2024-03-12']]);
  });

  it('keeps a flow before a Monday loss on the calendar day before', () => {
    const f = extract('Exports through the terminal fell by 90,000 bpd to 310,000 bpd on Monday.', { published: '2024-03-12' }).figures.find((g) => g.kind === 'derived');
    expect([f?.value, f?.asOf]).toEqual([400000, '2024-03-10']);
  });
});
