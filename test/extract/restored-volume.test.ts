// Volume won back, named before the words that restore it, is a positive change (the gold sets'
// convention for volume restored), not a level. Invented sentences.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index';

const read = (text: string) => extract(text, { published: '2031-06-18' }).figures.map((f) => [f.value, f.kind]);

describe('a volume named before the words that restore it', () => {
  it.each([
    ['About 2 million bpd of output was restored by Tuesday.', 2000000],
    ['Some 300,000 bpd has been brought back online at the Dorne field.', 300000],
    ['Roughly 45,000 bpd of exports from Port Allard is back online.', 45000],
    ['Nearly 90,000 bpd had already returned to the market by Friday.', 90000],
  ])('"%s" is a gain', (text, value) => {
    expect(read(text)).toContainEqual([value, 'change']);
  });

  it.each([
    ['The restored line carries 300,000 bpd to the coast.', 300000],
    ['Output was back at 2 million bpd on Tuesday.', 2000000],
    ['The Dorne field, which pumps 45,000 bpd, was restored to service on Friday.', 45000],
  ])('"%s" stays a level', (text, value) => {
    expect(read(text)).toContainEqual([value, 'level']);
  });
});
