// "up from about 860,000 bpd a week earlier": time words counting back, right after the figure,
// are its own time, counted from the day the sentence named — not that day itself. Invented.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index';

const dated = (text: string, published: string) => extract(text, { published }).figures.map((f) => [f.value, f.asOf]);

describe('"a week earlier" touching the figure', () => {
  it('counts back from the day the sentence named', () => {
    const text = 'Output reached that level on Monday, the company said in a statement, up from about 790,000 bpd a week earlier.';
    expect(dated(text, '2031-07-16')).toEqual([[790000, '2031-07-07']]);
  });

  it('leaves a figure whose own day is nearer alone', () => {
    const text = 'Output was 790,000 bpd on Monday, and a week earlier it had been higher.';
    expect(dated(text, '2031-07-16')).toEqual([[790000, '2031-07-14']]);
  });
});
