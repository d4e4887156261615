// A whole flow stopped ("shutting down its entire production of 350,000 bpd") is a loss of all of
// it, so the level just before the loss is that volume too, dated the day before. Invented sentences.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index';

const read = (text: string) =>
  extract(text, { published: '2031-06-18' }).figures.map((f) => [f.kind, f.value, f.asOf]);

describe('a whole flow stopped', () => {
  it.each([
    'Velmar began shutting down its entire oil production of some 180,000 barrels per day on Tuesday.',
    'The rebels halted all of its exports of 180,000 bpd on Tuesday.',
  ])('"%s" gives the loss and the level before it', (text) => {
    expect(read(text)).toEqual([
      ['derived', 180000, '2031-06-16'],
      ['change', -180000, '2031-06-17'],
    ]);
  });

  it('a part of the flow stopped implies no level before it', () => {
    expect(read('The rebels halted exports of 180,000 bpd on Tuesday.')).toEqual([['change', -180000, '2031-06-17']]);
  });
});
