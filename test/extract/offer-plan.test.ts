// An offer is a plan until it is taken up; a cargo "offered at" a price is a price. Invented sentences.
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
