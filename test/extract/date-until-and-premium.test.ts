// "until Monday": a state that held up to a day holds the day before it. "$81.20 on Friday, a
// premium of $1.10 to Brent": a price set against another is quoted when that one is.
import { describe, expect, it } from 'vitest';
import { asOfOf } from './figure-date';

describe('until a day', () => {
  it.each([
    ['The terminal was loading about 60% of its capacity until Monday, when workers walked out.', 60, '2031-04-13'],
    ['The field pumped 90,000 bpd until Tuesday, when the pipeline was shut.', 90000, '2031-04-14'],
    ['Flows held at 250,000 bpd up until April 12, officials said.', 250000, '2031-04-11'],
  ])('dates "%s" the day before', (text, value, asOf) => {
    expect(asOfOf(text, '2031-04-16', value)).toBe(asOf);
  });

  it('leaves a plan that runs until a day alone', () => {
    expect(asOfOf('Exports will stay at 300,000 bpd until May 31.', '2031-04-16', 300000)).toBe('2031-05-31');
  });
});

describe('a premium or discount set after a dated price', () => {
  it.each([
    ['The grade was assessed at $81.20 a barrel on Friday, a premium of $1.10 to Dated Brent.', 1.1, '2031-04-11'],
    ['Urals traded at $52 a barrel on Monday, a discount of $14 to the benchmark, traders said.', 14, '2031-04-14'],
  ])('dates "%s" with the price', (text, value, asOf) => {
    expect(asOfOf(text, '2031-04-16', value)).toBe(asOf);
  });
});
