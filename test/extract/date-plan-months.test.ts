// A plan's month named without a year is read ahead (news of a plan looks forward), except the
// month just ended: a cut "in July" reported on August 3 is running now or just ran, not next
// year's. Two months back is read ahead again, and past figures still read back.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index';
import { yearForMonth } from '../../src/extract/dates/calendar';

const dated = (text: string, published: string) => extract(text, { published }).figures.map((f) => [f.value, f.kind, f.asOf]);

describe('the month of a plan', () => {
  it.each([
    ['2025-08-03', 6, 2025], // July, the month just ended
    ['2025-08-03', 7, 2025], // August, this month
    ['2025-08-03', 5, 2026], // June, two months back: next June
    ['2025-08-03', 0, 2026], // January: next January
    ['2025-01-10', 11, 2025], // December seen from January: the coming one
  ])('from %s month %i is in %i', (ref, month0, year) => {
    expect(yearForMonth(ref, month0, true)).toBe(year);
  });

  it('dates a quota for the month just ended in this year', () => {
    expect(dated('The group kept its members to a quota of 2.5 million bpd in June.', '2026-07-02')).toEqual([[2500000, 'target', '2026-06-01']]);
  });

  it('dates a quota for a month well past in next year', () => {
    expect(dated('The group kept its members to a quota of 2.5 million bpd in April.', '2026-07-02')).toEqual([[2500000, 'target', '2027-04-01']]);
  });

  it('still dates a past level in the latest such month', () => {
    expect(dated('Refinery runs averaged 410,000 bpd in September.', '2026-07-02')).toEqual([[410000, 'level', '2025-09-01']]);
  });

  it('does not date a forecast by a weekday already past', () => {
    const [f] = extract('Shipments could reach up to 900,000 barrels on Saturday, a broker said.', { published: '2026-07-02' }).figures;
    expect([f?.kind, f?.asOf]).toEqual(['target', '2026-07-02']);
  });
});
