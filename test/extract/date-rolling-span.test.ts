// "over the past six months": a span of whole units up to publication; its figure holds from the
// span's first day. A record measured over such a span ("the lowest in the past three years") is
// not dated by it. Invented sentences; published 2031-06-18.
import { describe, expect, it } from 'vitest';
import { periodOf } from './figure-date';

const PUBLISHED = '2031-06-18';

describe('the past N days, weeks, months or years', () => {
  it.each([
    ['Loadings at Port Ellery averaged 700,000 bpd over the past six months.', 700000, '2030-12-18'],
    ['Refinery runs averaged 310,000 bpd in the last 12 months, the company said.', 310000, '2030-06-18'],
    ['Exports from the south fell by 200,000 bpd in the last two years.', 200000, '2029-06-18'],
    ['Imports through the strait averaged 600,000 bpd in the past 10 days.', 600000, '2031-06-09'],
    ['The terminal shipped 2 million barrels in the past two weeks.', 2000000, '2031-06-05'],
  ])('"%s" holds from the span\'s first day', (text, value, asOf) => {
    expect(periodOf(text, PUBLISHED, value)).toEqual([asOf, PUBLISHED]);
  });

  it('takes the month\'s last day when it has fewer days', () => {
    expect(periodOf('Output averaged 90,000 bpd over the past three months.', '2031-05-31', 90000)).toEqual(['2031-02-28', '2031-05-31']);
  });

  it.each([
    ['Exports dropped to 1.1 million bpd, the lowest in the past three years.', 1100000],
    ['Output reached 1.2 million bpd, its highest level for the last six months.', 1200000],
  ])('"%s": a record over the span holds on the publication day', (text, value) => {
    expect(periodOf(text, PUBLISHED, value)).toEqual([PUBLISHED, null]);
  });
});
