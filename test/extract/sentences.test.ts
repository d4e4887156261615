// Where sentences end: a unit written with a slash ends one ("3.3mn b/d."), an initial does not
// ("J. Smith"), nor an abbreviation ("Oct. 17"). Invented sentences.
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/extract/base/sentences';

const split = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe('sentence ends', () => {
  it('end after a slashed unit', () => {
    expect(split('Loadings held near 1.2mn b/d. The second line carried 90,000 b/d.')).toEqual(['Loadings held near 1.2mn b/d.', 'The second line carried 90,000 b/d.']);
  });

  it('do not end after an initial or an abbreviation', () => {
    expect(split('J. Smith spoke on Oct. 17 about flows. Output rose.')).toEqual(['J. Smith spoke on Oct. 17 about flows.', 'Output rose.']);
  });
});
