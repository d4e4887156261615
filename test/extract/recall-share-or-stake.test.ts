// A percentage followed by "share of" is a part of that whole; one "of the consortium" or "of the
// company" is an owner's stake, out of scope. Invented sentences.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index';

const read = (text: string) => extract(text, { published: '2031-06-18' }).figures.map((f) => [f.value, f.kind]);

describe('a percentage named a share of something', () => {
  it.each([
    ['The province was promised its 12 percent share of the national budget.', 12],
    ['Velmar keeps a 30% share of the region’s crude exports.', 30],
  ])('"%s" is a share', (text, value) => {
    expect(read(text)).toEqual([[value, 'share']]);
  });
});

describe('an owner’s part of a company or venture', () => {
  it.each([
    'Kestrel Petroleum holds 40 percent of the main consortia developing the fields.',
    'The state firm owns about 25% of the joint venture.',
    'Investors bought 15 percent of the company last year.',
  ])('"%s" gives nothing', (text) => {
    expect(read(text)).toEqual([]);
  });

  it('a possessive names what the company pumps, which is oil', () => {
    expect(read('About 40% of the company’s output went to Asia.')).toEqual([[40, 'share']]);
  });
});
