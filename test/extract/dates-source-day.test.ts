// The day a source spoke dates a state it reports with no time words of its own, even told in the
// past that reported speech shifts it into ("Exports were running at …, the ministry said on
// Tuesday"); an event told in the past keeps its own rules. A record "unseen since 2014" names
// another time than the figure's. Invented sentences.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index';

const dated = (text: string, published: string) => extract(text, { published }).figures.map((f) => [f.value, f.asOf, f.asOfTo]);

describe('a state reported on a day', () => {
  it.each([
    ['Exports from Tallow were running at 280,000 bpd, the ministry said on Tuesday.', 280000],
    ['Production at Tallow stood at 160,000 bpd, the ministry said on Tuesday.', 160000],
    ['Flows through the Tallow line were about 95,000 bpd, officials told reporters on Tuesday.', 95000],
  ])('"%s" holds on the day of saying', (text, value) => {
    expect(dated(text, '2031-05-08')).toEqual([[value, '2031-05-06', null]]);
  });

  it('keeps the publication day for an event told in the past', () => {
    expect(dated('The Tallow field pumped 300,000 bpd, the ministry said on Tuesday.', '2031-05-08')).toEqual([[300000, '2031-05-08', null]]);
  });

  it('keeps the publication day with no day of saying', () => {
    expect(dated('Exports from Tallow were running at 280,000 bpd, the ministry said.', '2031-05-08')).toEqual([[280000, '2031-05-08', null]]);
  });
});

describe('a record without a superlative', () => {
  it.each(['a level unseen since 2024', 'a level not seen since 2024'])('"%s" does not date the figure', (words) => {
    expect(dated(`On May 3 the Tallow line carried 590,000 bpd, ${words}.`, '2031-05-08')).toEqual([[590000, '2031-05-03', null]]);
  });
});
