// The speaker's "now": a present-tense figure said on a day before the story ran holds that day.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index';

const dated = (text: string, published: string) =>
  extract(text, { published }).figures.map((f) => [f.value, f.asOf, f.tags.filter((t) => t.startsWith('date:'))]);

describe('the day a present-tense statement was made', () => {
  it.each([
    ['Output now stands at 2 million bpd, the minister said on Tuesday.', '2031-05-08', '2031-05-06'],
    ['Its production is 95,000 bpd, the company told reporters on Monday.', '2031-05-08', '2031-05-05'],
    ['On Saturday the state company said output now exceeds 700,000 bpd.', '2031-05-11', '2031-05-10'],
    ['Exports currently stand at 1.1 million bpd, officials said on Wednesday.', '2031-05-08', '2031-05-07'],
  ])('dates "%s" at the statement', (text, published, asOf) => {
    expect(dated(text, published)).toEqual([[expect.any(Number), asOf, ['date:statement-day']]]);
  });

  it.each([
    ["The province's debt has grown to about $14 billion, a finance official said on Monday.", '2031-05-08', '2031-05-05'],
    ['Losses from the closure have reached some $2.3 billion, the spokesman told reporters on Sunday.', '2031-05-08', '2031-05-04'],
  ])('dates a sum brought up to now ("%s") at the statement', (text, published, asOf) => {
    expect(dated(text, published)).toEqual([[expect.any(Number), asOf, ['date:statement-day']]]);
  });

  it('counts a running total to the day an estimate was given ("estimated on Monday")', () => {
    const text = 'The stoppage has cost the province more than $900 million so far, an industry group estimated on Monday.';
    expect(dated(text, '2031-05-08')).toEqual([[900000000, '2031-05-05', ['date:running-total']]]);
  });

  it('does not read every "has" as the present: a facility\'s size keeps its own date', () => {
    const [f] = extract('Eastco has closed its 90,000 bpd coastal pipeline, the company said on Monday.', { published: '2031-05-08' }).figures;
    expect(f?.tags).not.toContain('date:statement-day');
  });

  it('keeps the publication day for a statement made that day or long before', () => {
    expect(dated('Output now stands at 2 million bpd, the minister said on Friday.', '2031-05-09')).toEqual([[2000000, '2031-05-09', ['date:now']]]);
    expect(dated('Output now stands at 2 million bpd, the minister said on April 2.', '2031-05-09')).toEqual([[2000000, '2031-05-09', ['date:now']]]);
  });

  it('leaves a past report said on a day to its own rules', () => {
    const [f] = extract('The field pumped 300,000 bpd, the ministry said on Tuesday.', { published: '2031-05-08' }).figures;
    expect(f?.tags).not.toContain('date:statement-day');
  });
});

describe('a plan said on a day before the story ran', () => {
  it('with a year-end deadline runs from the day it was set', () => {
    expect(dated('The state company aims to lift output to 420,000 bpd by the end of the year, the ministry said on Sunday.', '2031-11-07')).toEqual([[420000, '2031-11-02', ['date:by-end-of-year']]]);
  });

  it('in the present tense holds from the day it was said', () => {
    expect(dated('The state company plans to lift output to 95,000 bpd, the ministry said on Sunday.', '2031-11-07')).toEqual([[95000, '2031-11-02', ['date:statement-day']]]);
  });
});
