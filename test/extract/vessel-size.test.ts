// A ship's or a truck's capacity is no oil series; a cargo loaded and a storage capacity are. Invented sentences.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index';

const values = (text: string) => extract(text, { published: '2031-03-10' }).figures.map((f) => f.value);

describe("a vessel's capacity", () => {
  it.each([
    'Most of the crude moved in very large crude carriers, each able to hold about 2 million barrels.',
    'Suezmax tankers, which can carry 1 million barrels, were in short supply.',
    'The vessel, with a capacity of 700,000 barrels, was turned away.',
    'The 600,000-barrel tanker sailed from the port on Sunday.',
    'Some 300 trucks a day cross the border, each loaded with about 180 barrels.',
  ])('is dropped: "%s"', (text) => {
    expect(values(text)).toEqual([]);
  });

  it('keeps a cargo a tanker loaded', () => {
    expect(values('A tanker loaded 1 million barrels at the terminal on Friday.')).toEqual([1000000]);
  });

  it('keeps a cargo carried by tankers and a cargo sized as an attribute', () => {
    expect(values('Tankers loaded 1.6 million barrels on three tankers last week.')).toEqual([1600000]);
    expect(values('A 1 million-barrel cargo was sold on Monday.')).toEqual([1000000]);
  });

  it('keeps a storage capacity, which is no vessel', () => {
    expect(values('Storage tanks at the terminal can hold 5 million barrels.')).toEqual([5000000]);
  });
});
