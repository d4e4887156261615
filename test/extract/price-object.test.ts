// A price move told with its object between verb and figure ("the attack lifted crude prices 12
// per cent") is a change, not a level. Invented sentences.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index';

const read = (text: string) => extract(text, { published: '2031-06-18' }).figures.map((f) => [f.value, f.kind]);

describe('a price move with its object before the figure', () => {
  it.each([
    ['The raid lifted crude prices 9 per cent in early trade.', 9],
    ['The outage pushed oil prices up 4% on Monday.', 4],
    ['The ceasefire knocked Brent futures $3 on Tuesday.', -3],
  ])('"%s" is a change', (text, value) => {
    expect(read(text)).toContainEqual([value, 'change']);
  });

  it('leaves a rise of output without "by" to the other frames', () => {
    expect(read('Strong demand lifted refinery runs 12 per cent.')).not.toContainEqual([12, 'change']);
  });
});
