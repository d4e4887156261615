// An estimate or valuation of what is there now ("output is now estimated at 150,000 bpd", "a deal
// valued at up to $270 million") is a level, however hedged; a plan cue still makes a target
// ("capacity is estimated at", "is expected to be valued at"), and so does what a plant handles at
// most in the present ("the jetty carries up to"; "handled up to" last month is a level). Invented.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index';

const kinds = (text: string) => extract(text, { published: '2031-06-18' }).figures.map((f) => [f.kind, f.value]);

describe('an estimate of what is there now', () => {
  it.each([
    ['Wells reopened for nearby buyers; production is currently put at 120,000 to 160,000 bpd.', [['level', 140000]]],
    ['Velmar signed a deal that analysts valued at up to $270 million.', [['level', 270000000]]],
    ['The port handled up to 500,000 bpd last month.', [['level', 500000]]],
  ])('"%s" is a level', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  it.each([
    ['Capacity is estimated at 500,000 bpd.', [['target', 500000]]],
    ['The refinery is expected to be valued at $2 billion.', [['target', 2000000000]]],
    ['The new jetty carries up to 300,000 bpd.', [['target', 300000]]],
  ])('"%s" is a target', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });
});
