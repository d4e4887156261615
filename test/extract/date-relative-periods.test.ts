// Periods wire copy names relative to the story's day or a month: "last quarter", "the year to
// June", "at the end of last year".
import { describe, expect, it } from 'vitest';
import { periodOf } from './figure-date';

describe('relative quarters', () => {
  it.each([
    ['Refinery runs averaged 640,000 bpd last quarter.', '2031-10-15', 640000, ['2031-07-01', '2031-09-30']],
    ['Sales fell to $3.2 billion in the previous quarter.', '2031-02-03', 3.2e9, ['2030-10-01', '2030-12-31']],
    ['Output has averaged 1.3 million bpd this quarter.', '2031-05-20', 1.3e6, ['2031-04-01', '2031-06-30']],
  ])('reads "%s"', (text, published, value, period) => {
    expect(periodOf(text, published, value)).toEqual(period);
  });

  it('keeps "the last quarter of 2029" the fourth quarter', () => {
    expect(periodOf('Output averaged 1.3 million bpd in the last quarter of 2029.', '2031-05-20', 1.3e6)).toEqual(['2029-10-01', '2029-12-31']);
  });
});

describe('a year up to a month', () => {
  it.each([
    ['The field pumped 85,000 bpd in the year to June.', 85000, ['2030-07-01', '2031-06-30']],
    ['Revenue reached $9.1 billion in the year ended March 2031.', 9.1e9, ['2030-04-01', '2031-03-31']],
    ['Exports averaged 410,000 bpd over the year through August.', 410000, ['2030-09-01', '2031-08-31']],
  ])('reads "%s" as twelve months', (text, value, period) => {
    expect(periodOf(text, '2031-10-15', value)).toEqual(period);
  });
});

describe('the end of last year', () => {
  it.each([
    ['The central bank held reserves of $14 billion at the end of last year.', 14e9],
    ['Stocks stood at 61 million barrels at the end of the previous year.', 61e6],
  ])('dates "%s" on December 31', (text, value) => {
    expect(periodOf(text, '2031-03-09', value)).toEqual(['2030-12-31', null]);
  });
});
