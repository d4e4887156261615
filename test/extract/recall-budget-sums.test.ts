// A budget's sum is a target wherever it is written: before the noun ("a record $150 billion
// budget") or set off after it ("the draft budget for 2019, worth about 100 trillion dinars"). A sum
// set off after something that is no plan stays a level. Invented sentences.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index';

const kinds = (text: string) => extract(text, { published: '2031-06-18' }).figures.map((f) => [f.kind, f.value]);

describe('a budget sum', () => {
  it.each([
    ['Parliament passes record $150 billion budget.', [['target', 150e9]]],
    ['The federal draft budget for 2032, worth about 100 trillion dinars, allocates funds to the regions.', [['target', 100e12]]],
  ])('"%s"', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  it.each([
    ["Velmar's crude sales, worth about $2 billion a year, rose in May.", [['level', 2e9]]],
    ['The company booked $150 billion in revenue.', [['level', 150e9]]],
  ])('"%s" stays a level', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });
});
