// A part of a budget is a share ("cut the province's allocation to 11.5 percent", "allocates 11.5
// percent to the province"), and so is the other end of a share's comparison ("…, down from 14
// percent"). A rate compared with a rate stays what it was. Invented sentences.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index';

const kinds = (text: string) => extract(text, { published: '2031-06-18' }).figures.map((f) => [f.kind, f.value]);

describe('shares of a budget', () => {
  it('an allocation cut to a percentage, from another', () => {
    expect(kinds("The draft budget cuts the province's allocation to 11.5 percent from the 14 percent it used to get.")).toEqual([['share', 11.5], ['share', 14]]);
  });

  it('a percentage a budget allocates, down from another', () => {
    expect(kinds('The plan allocates 11.5 percent to the province, down from 14 percent.')).toEqual([['share', 11.5], ['share', 14]]);
  });

  it('a move compared with a move is no share', () => {
    expect(kinds('Exports rose 5% in May, compared with 3% in April.').map(([k]) => k)).not.toContain('share');
  });
});
