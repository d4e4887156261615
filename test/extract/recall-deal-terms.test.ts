// A sentence fronted by its deal states the deal's terms when its verb is in the present ("Under
// the accord, Orlin retains some 40,000 bpd"): targets. A past movement under a deal is what
// happened. A rate named again by its sum alone ("the $16 figure") is the per-barrel rate stated
// before, of the same kind. Invented sentences.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index';

const figures = (text: string) => extract(text, { published: '2031-06-18' }).figures.map((f) => [f.kind, f.value, f.unit]);

describe('the terms of a deal', () => {
  it('are targets in the present', () => {
    expect(figures('Under the accord, Orlin passes its oil to the national seller, retains some 40,000 bpd for its own plants, and operators receive $12 a barrel.')).toEqual([
      ['target', 40000, 'bbl/d'],
      ['target', 12, 'USD/bbl'],
    ]);
  });

  it('leave a past movement a level', () => {
    expect(figures('Under the deal, exports rose to 300,000 bpd in May.')).toEqual([['level', 300000, 'bbl/d']]);
  });

  it('need the deal to front the sentence', () => {
    expect(figures('Orlin retains some 40,000 bpd for its own plants.')).toEqual([['level', 40000, 'bbl/d']]);
  });
});

describe('a rate named again by its sum', () => {
  it('is the rate stated before', () => {
    expect(figures('The ministry will pay a fee of $16 a barrel. Producers say the $16 figure is too low.')).toEqual([
      ['target', 16, 'USD/bbl'],
      ['target', 16, 'USD/bbl'],
    ]);
  });

  it('needs a per-barrel figure of that value before it', () => {
    expect(figures('Producers say the $16 figure is too low.')).toEqual([['level', 16, 'USD']]);
    expect(figures('The ministry will pay a fee of $16 a barrel. Producers say the $20 figure is fairer.')[1]).toEqual(['level', 20, 'USD']);
  });
});
