// A cut a producer decided ("announced output cuts totalling N", "a N reduction the group
// agreed") is a planned change, a negative target; a cut an outage caused stays a change.
// Invented sentences.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index';

const read = (text: string) => extract(text, { published: '2031-04-03' }).figures.map((f) => [f.value, f.kind]);

describe('a cut named as a decision', () => {
  it('is a target when announced and sized after "totalling"', () => {
    expect(read('The group announced surprise output cuts totalling about 900,000 bpd from May.')).toEqual([[-900000, 'target']]);
  });

  it('is a target when the reduction is named after its size', () => {
    expect(read('The cuts add to a 1.5 million bpd reduction the producers agreed in October.')).toEqual([[-1500000, 'target']]);
  });

  it('stays a change when an outage caused it', () => {
    expect(read('The firm announced output cuts of 80,000 bpd after the fire.')).toEqual([[-80000, 'change']]);
  });

  it('stays a change when the announcement reports a fall', () => {
    expect(read('Westland announced that exports fell 50,000 bpd.')).toEqual([[-50000, 'change']]);
  });
});
