// "the day before", "a day earlier", "the previous day" count back from the day the sentence
// named, as "a week earlier" does; "yesterday" and a sentence with no day count from publication.
// Invented sentences.
import { describe, expect, it } from 'vitest';
import { asOfOf } from './figure-date';

describe('a day before the day the sentence named', () => {
  it.each([
    ['Flows ran at 140,000 bpd on Wednesday, up from 95,000 bpd the day before.'],
    ['Loadings were 140,000 bpd on Wednesday, against 95,000 bpd the previous day.'],
    ['Flows reached 140,000 bpd on Wednesday, from 95,000 bpd a day earlier.'],
  ])('"%s" dates the earlier figure the Tuesday', (text) => {
    expect(asOfOf(text, '2031-10-24', 140000)).toBe('2031-10-22');
    expect(asOfOf(text, '2031-10-24', 95000)).toBe('2031-10-21');
  });

  it('counts "yesterday" from publication', () => {
    expect(asOfOf('Flows ran at 140,000 bpd on Wednesday and 95,000 bpd yesterday.', '2031-10-24', 95000)).toBe('2031-10-23');
  });

  it('counts "the day before" from publication when no day is named', () => {
    expect(asOfOf('Flows fell to 95,000 bpd the day before.', '2031-10-24', 95000)).toBe('2031-10-23');
  });
});
