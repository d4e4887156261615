// "429,000 b/d, or 24% of Gulf output, was offline": the percentage places the loss in a whole, a
// share, not a restatement of the move as "fell $2, or 3%" is; and no total output is derived from
// a loss. Invented sentences.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index';

const read = (text: string) => extract(text, { published: '2031-06-18' }).figures.map((f) => [f.kind, f.value]);

describe('a percentage set off after a loss', () => {
  it('is the share of a whole when "of" follows it', () => {
    expect(read('On Friday 312,000 b/d, or 18.5% of regional output, was offline.')).toEqual([
      ['change', -312000],
      ['share', 18.5],
    ]);
  });

  it('restates the move when nothing follows it', () => {
    expect(read('Exports fell 40,000 bpd, or 5%, to 760,000 bpd.')).toContainEqual(['change', -5]);
  });

  it('after a level still gives the whole', () => {
    expect(read('The field pumps 250,000 bpd, or 40% of the region’s output.')).toContainEqual(['derived', 625000]);
  });
});
