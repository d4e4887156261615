// A verb written once for two figures ("will cut 40,000 bpd and Eastland 25,000 bpd") moves both
// the same way. Invented sentences.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index';

const read = (text: string) => extract(text, { published: '2031-06-18' }).figures.map((f) => [f.value, f.kind]);

describe('a second figure that shares the first one\'s verb', () => {
  it('takes the sign and the plan of a cut named once for two producers', () => {
    expect(read('Westland will cut 40,000 bpd and Eastland 25,000 bpd, the group said.')).toEqual([[-40000, 'target'], [-25000, 'target']]);
  });

  it('takes the direction of a price move across "for the day and … for the week"', () => {
    const figures = extract('The benchmark ended at $81.40 on Friday, down 1.2% for the day and 3.4% for the week.', { published: '2031-06-20' }).figures;
    expect(figures.find((f) => f.value === -3.4)?.kind).toBe('change');
    expect(figures.find((f) => f.tags.includes('change:gapped'))?.value).toBe(-3.4);
  });

  it('leaves a second figure with its own verb alone', () => {
    expect(read('Output fell 30,000 bpd and Eastland 20,000 bpd was restored by Monday.')).toContainEqual([20000, 'change']);
    expect(read('Output fell 30,000 bpd and Eastland 20,000 bpd was restored by Monday.')).not.toContainEqual([-20000, 'change']);
  });

  it('leaves a second figure in another unit alone', () => {
    expect(read('Exports fell 30,000 bpd and Eastland $2 billion.')).not.toContainEqual([-2000000000, 'change']);
  });
});
