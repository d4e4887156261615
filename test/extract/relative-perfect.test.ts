// A relative clause in the perfect ("a standoff that has shut in N") states what has happened:
// the plan of the clause around it ("would end a standoff …") is not the figure's. Invented sentences.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index';

const kinds = (text: string) => extract(text, { published: '2031-04-05' }).figures.map((f) => [f.value, f.kind]);

describe('a perfect relative clause after a plan', () => {
  it('keeps a volume lost in it a change', () => {
    expect(kinds('The accord would let flows resume, ending a dispute that has shut in some 120,000 bpd.')).toEqual([[-120000, 'change']]);
  });

  it('keeps a sum run up in it a level', () => {
    expect(kinds('The talks could end a strike which has cost the company $40 million.')).toEqual([[40000000, 'level']]);
  });

  it('leaves a plan stated after the relative clause a plan', () => {
    expect(kinds('The line, which has been idle, will carry 60,000 bpd.')).toEqual([[60000, 'target']]);
  });
});
