// A price spread is about the grade it is quoted for, not the benchmark it is measured against:
// the name after "to", "over" or "against" is the reference, on either side of the figure.
// Sentences are invented.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index';

const subjectsOf = (text: string): string[] => extract(text, { published: '2026-06-10' }).figures.map((f) => `${f.text} → ${f.subject}`);

describe('the reference of a spread', () => {
  it('"Brent\'s premium over WTI widened to $6" is Brent\'s', () => {
    expect(subjectsOf("Brent's premium over WTI widened to $6 a barrel on Monday.")).toEqual(['$6 a barrel → Brent crude']);
  });

  it('a benchmark after "against" on the left is the reference too', () => {
    expect(subjectsOf('Brent traded at a premium against WTI of $5.40 a barrel on Monday.')).toEqual(['$5.40 a barrel → Brent crude']);
  });

  it('"to" reached by a price move is not a reference', () => {
    expect(subjectsOf('Brent rose to $70 a barrel on Monday.')).toEqual(['$70 a barrel → Brent crude']);
  });
});
