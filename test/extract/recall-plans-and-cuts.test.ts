// Kinds a plain reading gets wrong, each with a near miss: an arrangement agreed "with" a party,
// a court's order to pay, a need, a movement still to come, a possibility, an award (targets); a
// pact's cut named before its size or held back "under" the pact (a planned cut, negative); volume
// taken "out of the region's system" or "going offline" (a loss). Invented sentences.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index';

const kinds = (text: string) =>
  extract(text, { published: '2031-06-18' }).figures.filter((f) => f.kind !== 'derived').map((f) => [f.kind, f.value]);

describe('plans and obligations', () => {
  it.each([
    ['The agency agreed with the neighbouring state to truck some 18,000 bpd by road.', [['target', 18000]]],
    ['Velmar trucks 12,000 bpd now, with shipments to climb to 30,000 bpd in spring.', [['level', 12000], ['target', 30000]]],
    ['The panel ordered Orlin to pay Velmar about $900 million in damages.', [['target', 900000000]]],
    ['The province has payroll needs of some $700 million.', [['target', 700000000]]],
    ['Some members want a larger rise, possibly up to 400,000 bpd.', [['target', 400000]]],
    ['Orlin is contesting the $900 million award.', [['target', 900000000]]],
  ])('"%s"', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  it.each([
    ['The ministry trucked about 15,000 bpd of crude with its neighbour last month.', [['level', 15000]]],
    ['Orlin paid Velmar about $900 million in May.', [['level', 900000000]]],
    ['The region spent $700 million in April.', [['level', 700000000]]],
  ])('"%s" stays a level', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });
});

describe('cuts a pact makes', () => {
  it('named before its size', () => {
    expect(kinds('Prices were helped by the producer-led cut of 1.6 million bpd.')).toEqual([['target', -1600000]]);
  });

  it('held back under the pact', () => {
    expect(kinds('Producers are holding back about 1.5 million bpd under their output pact.')).toEqual([['target', -1500000]]);
  });

  it.each([
    'A production cut of 200,000 bpd after the storm hit Velmar.',
    'The loss of 100,000 bpd hurt Velmar.',
  ])('"%s" is a loss that happened', (text) => {
    expect(kinds(text)[0]?.[0]).toBe('change');
  });
});

describe('volume lost', () => {
  it.each([
    ["The strike took nearly 120,000 bpd out of the province's system.", -120000],
    ['Roughly 0.38 million b/d going offline worries refiners.', -380000],
  ])('"%s"', (text, value) => {
    expect(kinds(text)).toEqual([['change', value]]);
  });

  it('a volume that is still flowing is a level', () => {
    expect(kinds("About 450,000 b/d flows through the region's system.")).toEqual([['level', 450000]]);
  });
});
