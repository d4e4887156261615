// One party's half of a whole split between parties ("Velmar's half of that output", "its half of
// the zone's crude") is a 50% share. "The company's half-year results" and "the year's second half"
// are not. Invented sentences.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index';

const shares = (text: string) =>
  extract(text, { published: '2031-06-18' }).figures.filter((f) => f.kind === 'share').map((f) => f.value);

describe('a party’s half of a whole', () => {
  it.each([
    ['The two states split the field equally; Velmar’s half of that, about 90,000 bpd, is gone.', [50]],
    ['Under the deal Orlin sells its half of the zone’s crude through Port Allard.', [50]],
  ])('"%s" is a share', (text, expected) => {
    expect(shares(text)).toEqual(expected);
  });

  it.each([
    "The company's half-year results were weak.",
    "Output in the year's second half rose.",
    'Half of the crews returned on Monday.',
  ])('"%s" is none', (text) => {
    expect(shares(text)).toEqual([]);
  });
});
