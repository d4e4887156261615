// Time words of plans and schedules: a loading programme set for two months, a draft schedule's
// month, a cap already in force, and a share of the plan stated just before.
import { describe, expect, it } from 'vitest';
import { asOfOf } from './figure-date';

describe('time words of plans', () => {
  it.each([
    ['About 180,000 bpd had been scheduled for loading from the terminal in both April and May.', '2031-05-20', 180000, '2031-04-01'],
    ['Shipments of 90,000 bpd were planned in both June and July.', '2031-05-02', 90000, '2031-06-01'],
  ])('dates a plan "in both X and Y" from the first month: "%s"', (text, published, value, asOf) => {
    expect(asOfOf(text, published, value)).toBe(asOf);
  });

  it.each([
    ['Preliminary November loading schedules put shipments at 640,000 bpd.', '2031-10-20', 640000, '2031-11-01'],
    ['Provisional December loading schedules show exports of 1.3 million bpd.', '2031-11-18', 1300000, '2031-12-01'],
  ])('dates a draft schedule by its month: "%s"', (text, published, value, asOf) => {
    expect(asOfOf(text, published, value)).toBe(asOf);
  });

  it.each([
    ['The $45-a-barrel ceiling on buyers took effect in December of last year.', '2031-06-03', 45, '2030-12-01'],
    ['The quota of 250,000 bpd came into force in March.', '2031-06-03', 250000, '2031-03-01'],
  ])('dates a plan already in force when it took effect: "%s"', (text, published, value, asOf) => {
    expect(asOfOf(text, published, value)).toBe(asOf);
  });

  it('gives a share of a plan stated just before the plan\'s date', () => {
    const text = 'Producers agreed to cut output by 4 million bpd from July 1. That would equal about 4 per cent of world supply.';
    expect(asOfOf(text, '2031-06-12', 4)).toBe('2031-07-01');
  });
});
