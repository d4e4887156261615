// Level or target, family by family, in phrasings the hand cues of refiners/targets.ts never
// listed: the fitted kind model (kind/, data/models/kind.json) reads them from cue-word families.
// Each family has a target and a level beside it. Invented sentences, none of them in the
// model's labelled paragraphs (test/fixtures/kind/invented.articles.jsonl).
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index';

const kinds = (text: string) => extract(text, { published: '2031-04-05' }).figures.filter((f) => f.kind !== 'derived').map((f) => [f.value, f.kind]);

describe('an obligation', () => {
  it('in words the hand cues lack is a target', () => {
    expect(kinds('The northern province is obligated to supply 210,000 bpd to the national refiner.')).toEqual([[210000, 'target']]);
  });

  it('that was carried out is a level', () => {
    expect(kinds('The northern province supplied 190,000 bpd to the national refiner in March.')).toEqual([[190000, 'level']]);
  });
});

describe('a fee per barrel', () => {
  it('is a target', () => {
    expect(kinds('Shippers pay a pipeline tariff of $0.85 a barrel to the operator.')).toEqual([[0.85, 'target']]);
  });

  it('beside a price is not read into the price', () => {
    expect(kinds('Dubai crude traded at $74.10 a barrel on Monday.')).toEqual([[74.1, 'level']]);
  });
});

describe('a capacity', () => {
  it('as what a line "can carry" is a target', () => {
    expect(kinds('The new pipeline can carry 1 million barrels per day.')).toEqual([[1000000, 'target']]);
  });

  // The hand cues leave "up to" alone ("has built up to N barrels" is a level in our goldens).
  it('as a most ("up to") is a target', () => {
    expect(kinds('The export jetty loads up to 700,000 bpd when the weather allows.')).toEqual([[700000, 'target']]);
  });

  it('is not read into an average', () => {
    expect(kinds('Exports averaged 450,000 bpd in March.')).toEqual([[450000, 'level']]);
  });
});

describe('a quota', () => {
  it('as what a producer is allowed is a target', () => {
    expect(kinds('Under the pact Gabon is permitted to produce 169,000 bpd.')).toEqual([[169000, 'target']]);
  });

  it('is not read into what it pumped', () => {
    expect(kinds('Gabon produced 181,000 bpd in May, a survey found.')).toEqual([[181000, 'level']]);
  });
});

describe('a promise after the figure', () => {
  it('is a target beside the level it is compared with', () => {
    expect(kinds('The line moved 310,000 bpd in June, short of the 400,000 bpd promised under the deal.')).toEqual([[310000, 'level'], [400000, 'target']]);
  });
});

describe('a plan', () => {
  it('as a vow is a target', () => {
    expect(kinds('The minister vowed to lift output to 1.6 million bpd.')).toEqual([[1600000, 'target']]);
  });
});

describe('a budget', () => {
  // Known failure: the hand cue "budget" reads it as a plan, and on held-out articles the model
  // is no better than the hand rules on budget cues (a budget's price "was set at" is a target),
  // so the fit leaves them to the hand rules.
  it.fails('whose revenue fell is a level', () => {
    expect(kinds('Budget revenue slipped to 8 trillion dinars in June.')).toEqual([[8000000000000, 'level']]);
  });
});

describe('cue words in another clause', () => {
  it('do not make a reported level a target', () => {
    expect(kinds('Output could recover next year, the ministry said, but it averaged 1.02 million bpd in May.')).toEqual([[1020000, 'level']]);
  });

  it('under a deal, what happened stays a level', () => {
    expect(kinds('Under the deal, exports rose to 450,000 bpd in June.')).toEqual([[450000, 'level']]);
  });
});

describe('a breakdown', () => {
  it('of a plan between dashes is part of the plan', () => {
    expect(kinds('The deal requires the province to send 200,000 bpd to the port - 120,000 bpd from its own wells and 80,000 bpd from the disputed fields - each month.')).toEqual([[200000, 'target'], [120000, 'target'], [80000, 'target']]);
  });

  it('of a level between dashes stays a level', () => {
    expect(kinds('The province sent 180,000 bpd to the port in May - 110,000 bpd from its own wells and 70,000 bpd from the disputed fields - officials said.')).toEqual([[180000, 'level'], [110000, 'level'], [70000, 'level']]);
  });
});
