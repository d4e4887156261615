// Numbers that are no economic figure, each with a near miss that is one: a company's share-price
// move named after "Shares in … slumped", a price fronting a sentence as a supposition ("At $80
// oil, …"), a stake taken "in" something, a vague "several billion dollars". Invented sentences.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index';

const values = (text: string) => extract(text, { published: '2031-06-18' }).figures.map((f) => f.value);

describe('numbers that are not figures', () => {
  it('drops company moves in the sentence after share prices moved', () => {
    expect(values('Shares in Gulf producers slumped. Genel fell 12% and DNO 8% in London, while Brent rose 3%.')).toEqual([3]);
  });

  it('keeps a move when no share prices moved before it', () => {
    expect(values('Genel said its output fell 12% in May.')).toEqual([-12]);
  });

  it('drops a price fronting its sentence as a supposition', () => {
    expect(values('"At $80 oil, we balance the books. At $65, we do not," he said.')).toEqual([]);
  });

  it('keeps a price fronting its sentence with a time of its own', () => {
    expect(values('At $75 a barrel on Monday, Brent was at its highest in a year.')).toEqual([75]);
  });

  it('drops a stake taken in each block, keeps a share taken of exports', () => {
    expect(values('Velmar signed for four blocks, holding 75 percent in each. Asia took 40 percent of exports in May.')).toEqual([40]);
  });

  it('drops a vague count of billions, keeps a mark of one million', () => {
    expect(values('Traders advanced it several billion dollars. Pumping now tops the million-barrel mark.')).toEqual([1000000]);
  });
});

describe('figures a first look could miss', () => {
  it('reads half a percent in words', () => {
    const f = extract('The pipe moves some half a percent of Asian demand.', { published: '2031-06-18' }).figures;
    expect(f.map((g) => [g.kind, g.value, g.unit, g.approx])).toEqual([['share', 0.5, '%', true]]);
  });

  it('keeps a figure stated in the headline as well as in the story', () => {
    const text = 'Velmar exports slip to 210,000 bpd\n\nVELMAR, May 4 - Velmar exports slipped to 210,000 bpd on Monday, a port agent said.';
    expect(values(text)).toEqual([210000, 210000]);
  });
});
