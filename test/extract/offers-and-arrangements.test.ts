// An offer or an arrangement ("is to deliver") is a plan until it is carried out; a cargo "offered at" a price is a price. Invented sentences.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index';

const kinds = (text: string) => extract(text, { published: '2031-04-05' }).figures.map((f) => [f.value, f.kind]);

describe('an offer', () => {
  it('to send a sum is a target', () => {
    expect(kinds('The capital has offered to send 250 billion dinars a month for wages.')).toEqual([[250000000000, 'target']]);
  });

  it('of compensation is a target', () => {
    expect(kinds('The operator offered refiners compensation of up to $12 per barrel.')).toEqual([[12, 'target']]);
  });

  it('of a cargo at a price is a price level', () => {
    expect(kinds('Eastland Blend was offered at $61.20 a barrel on Tuesday.')).toEqual([[61.2, 'level']]);
  });
});

describe('"be to" and a verb of doing', () => {
  it('is an arrangement, for both figures it governs', () => {
    expect(kinds('Under the accord the province is to deliver at least 180,000 bpd to the marketer and keep about 40,000 bpd.')).toEqual([[180000, 'target'], [40000, 'target']]);
  });

  it('is not read into "the rise is to N"', () => {
    expect(kinds('The rise is to 300,000 bpd from 250,000 bpd.')).toEqual([[300000, 'level'], [250000, 'level']]);
  });
});
