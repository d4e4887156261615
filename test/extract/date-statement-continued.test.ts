// A speaker who goes on ("…, he said", "…, the minister added") speaks on the day given for them a
// few sentences back: a present-tense figure, or a deadline's window, starts that day.
import { describe, expect, it } from 'vitest';
import { periodOf } from './figure-date';

const briefing = (tail: string) =>
  ['The minister spoke to reporters on Tuesday at the ministry.', 'Reporters asked about the repairs.', 'Crews worked through the night, he said.', tail].join('\n\n');

describe('a statement that goes on', () => {
  it.each([
    ['Output at the plant currently stands at 1.5 million bpd, the minister added.', 1.5e6, ['2031-05-06', null]],
    ['Exports are now 700,000 bpd, he said.', 700000, ['2031-05-06', null]],
  ])('dates the present tense of "%s" at the day given before', (tail, value, period) => {
    expect(periodOf(briefing(tail), '2031-05-07', value)).toEqual(period);
  });

  it('starts a deadline\'s window on that day', () => {
    expect(periodOf(briefing('Capacity would reach 9 million bpd by the end of May, he said.'), '2031-05-07', 9e6)).toEqual(['2031-05-06', '2031-05-31']);
  });

  it('reads "asked on Tuesday" as words spoken that day', () => {
    const text = ['"Who else could have done it?" the minister asked on Tuesday.', 'Output now stands at 1.5 million bpd, he said.'].join('\n\n');
    expect(periodOf(text, '2031-05-07', 1.5e6)).toEqual(['2031-05-06', null]);
  });

  it('does not take a day written before a speaker for the day of speaking', () => {
    const text = 'The terminal shipped 95,000 bpd on Thursday, an official said. Loadings stay well below its 400,000 bpd capacity, the official added.';
    expect(periodOf(text, '2031-05-10', 400000)).toEqual(['2031-05-10', null]);
  });

  it('does not carry a day to "the ministry said", which may be another ministry', () => {
    const text = 'Output fell to 40,000 bpd, the ministry said on Sunday. Kuwait\'s output now exceeds 2.5 million bpd, the ministry said.';
    expect(periodOf(text, '2031-05-07', 2.5e6)).toEqual(['2031-05-07', null]);
  });

  it('leaves a sentence with a speaker of its own and no day alone', () => {
    expect(periodOf(briefing('Exports are now 700,000 bpd, according to tanker data.'), '2031-05-07', 700000)).toEqual(['2031-05-07', null]);
  });
});
