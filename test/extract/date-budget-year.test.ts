// A budget speaks for its year: its figures hold for the budget's year, not the vote's day.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index';

const dated = (text: string, published: string) => extract(text, { published }).figures.map((f) => [f.value, f.asOf]);

describe('figures of a budget', () => {
  it.each([
    ['The assembly approved on Tuesday a budget of 41 trillion dinars (about $30 billion) for 2031.', '2031-03-06', 41e12, '2031-01-01'],
    ['Lawmakers passed the 2031 budget on Friday, with spending of $9.5 billion.', '2031-03-06', 9.5e9, '2031-01-01'],
    ["The cabinet's 2032 budget assumes an oil price of $64 a barrel.", '2031-10-02', 64, '2032-01-01'],
    ['Its draft 2032 budget proposal counts on crude exports of 2.9 million bpd.', '2031-11-20', 2.9e6, '2032-01-01'],
    ['The ministry has budgeted exports of 800,000 bpd at a price of $66 a barrel for the year that began on July 1.', '2031-09-10', 800000, '2031-07-01'],
    ['The budget for the 2031-32 fiscal year, which began July 1, expects royalties of $3 billion and a price of $61 a barrel.', '2031-08-15', 3e9, '2031-07-01'],
  ])('dates "%s" at the budget year', (text, published, value, asOf) => {
    expect(dated(text, published)).toContainEqual([value, asOf]);
  });

  it("carries the lead's budget year to the story's later plans and budget money", () => {
    const text = [
      'Lawmakers approve spending plan',
      'Lawmakers on Sunday approved a budget of 12 trillion shillings for 2031.',
      'The budget projects a deficit of 2.5 trillion shillings.',
      'Revenue rests on an assumed oil price of $58 a barrel and exports of 600,000 bpd.',
      'The state oil company pumped 540,000 bpd on Saturday, its ministry said.',
      'Norway is supposed to keep its output at 1.9 million bpd.',
    ].join('\n\n');
    const figures = extract(text, { published: '2031-02-10' }).figures;
    const at = (value: number) => figures.find((f) => f.value === value)?.asOf;
    expect(at(58)).toBe('2031-01-01');
    expect(at(600000)).toBe('2031-01-01');
    // A report of a day keeps its day.
    expect(at(540000)).toBe('2031-02-08');
    // Another country's plan is not the budget's.
    expect(at(1.9e6)).toBe('2031-02-10');
  });

  it('does not date a figure in a clause of its own beside the budget', () => {
    const [f] = extract('The terminal handled 210,000 bpd, and the 2030-2031 budget year ended without a deal.', { published: '2031-04-21' }).figures;
    expect(f?.asOf).toBe('2031-04-21');
  });

  it('leaves stories whose lead names no budget year alone', () => {
    const text = [
      'Exports rise',
      'The country exported 1.1 million bpd on Monday, officials said.',
      'Revenue from the sales will help the budget, which assumes a price of $60 a barrel.',
    ].join('\n\n');
    const figures = extract(text, { published: '2031-02-11' }).figures;
    expect(figures.every((f) => !f.tags.includes('date:budget-year'))).toBe(true);
  });

  it('keeps a month the budget sentence names for its own figure', () => {
    const [f] = extract('Under the 2031 budget, the state earned $2.1 billion in January.', { published: '2031-02-20' }).figures;
    expect(f?.asOf).toBe('2031-01-01');
    expect(f?.asOfTo).toBe('2031-01-31');
    expect(f?.tags).not.toContain('date:budget-year');
  });
});
