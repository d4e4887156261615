// The level a move led to ("has dropped to N since March") holds now; "since" is where the move
// started. An average over the span ("an average of N since January") keeps its start. Invented sentences.
import { describe, expect, it } from 'vitest';
import { asOfOf } from './figure-date';

describe('a level reached since a month', () => {
  it('holds on the publication day', () => {
    expect(asOfOf("The province's output has dropped to about 120,000 bpd since March 2030.", '2031-09-29', 120000)).toBe('2031-09-29');
    expect(asOfOf('Exports have climbed to 310,000 bpd since May.', '2031-09-29', 310000)).toBe('2031-09-29');
  });

  it('leaves an average since a month dated from its start', () => {
    expect(asOfOf('Exports have risen to an average of 300,000 bpd since January.', '2031-09-29', 300000)).toBe('2031-01-01');
  });
});
