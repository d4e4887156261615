// Money lost is the running total of a loss, a level; a price that lost ground is a change.
// Invented sentences.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index';

const read = (text: string) => extract(text, { published: '2031-10-05' }).figures.map((f) => [f.value, f.unit, f.kind]);

describe('money lost', () => {
  it('is a level, the total lost so far', () => {
    expect(read('The capital has lost an estimated $12 billion in revenue since the halt, officials say.')).toEqual([[12000000000, 'USD', 'level']]);
  });

  it('keeps a range of money lost a range around its value, bounds positive and in order', () => {
    const [f] = extract('The province has lost some $30-35 billion in revenue since the closure, auditors say.', { published: '2031-10-05' }).figures;
    expect([f?.value, f?.low, f?.high, f?.kind]).toEqual([32500000000, 30000000000, 35000000000, 'level']);
  });

  it('leaves a price that lost ground a change', () => {
    expect(read('Brent lost $2 on Monday.')).toEqual([[-2, 'USD/bbl', 'change']]);
  });

  it('leaves barrels lost a change', () => {
    expect(read('The field lost 40,000 bpd of output in the storm.')).toContainEqual([-40000, 'bbl/d', 'change']);
  });
});
