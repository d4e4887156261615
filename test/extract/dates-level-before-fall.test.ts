// The level a dated stoppage cut a flow from, and a halted flow's habit said outright ("used to",
// "normally"): the day before the stoppage. Invented articles; levels with their own period, or
// in an article that dates no stoppage, keep their dates.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index';

const dated = (text: string, published: string) =>
  extract(text, { published }).figures.filter((f) => f.kind === 'level').map((f) => [f.value, f.asOf]);

const HALT = 'Guards closed the valves on the Morran pipeline on May 6. ';
const PUBLISHED = '2031-05-20';

describe('the level a fall started from', () => {
  it.each([
    ['Flows have fallen from about 240,000 bpd to zero.', 240000],
    ['The stoppage cut the province\'s output from 260,000 bpd to 90,000 bpd.', 260000],
    ['Output now stands at 90,000 bpd after the closure, down from 250,000 bpd.', 250000],
  ])('"%s" holds the day before the stoppage', (sentence, value) => {
    expect(dated(HALT + sentence, PUBLISHED)).toContainEqual([value, '2031-05-05']);
  });

  it('takes the day before when the stoppage\'s own day sits beside the fall', () => {
    expect(dated('The closure on May 6 cut exports from 230,000 bpd to nothing.', PUBLISHED)).toEqual([[230000, '2031-05-05']]);
  });

  it('keeps a level dated by its own period', () => {
    expect(dated(HALT + 'Exports fell from 240,000 bpd in April to 60,000 bpd in May.', PUBLISHED)).toContainEqual([240000, '2031-04-01']);
  });

  it('keeps a fall measured a week back', () => {
    expect(dated(HALT + 'Output at Dellow was 70,000 bpd, down from 90,000 bpd a week earlier.', PUBLISHED)).not.toContainEqual([90000, '2031-05-05']);
  });

  it('keeps the publication day where the article dates no stoppage', () => {
    expect(dated('Flows have fallen from about 240,000 bpd to 200,000 bpd.', PUBLISHED)).toContainEqual([240000, PUBLISHED]);
  });
});

describe('a halted flow\'s habit said outright', () => {
  it.each([
    ['The province used to export about 240,000 bpd through the line.', 240000],
    ['Exports, which normally run at 230,000 bpd, are at zero.', 230000],
    ['The pipeline normally sends 250,000 bpd to the coast.', 250000],
  ])('"%s" holds the day before the stoppage', (sentence, value) => {
    expect(dated(HALT + sentence, PUBLISHED)).toEqual([[value, '2031-05-05']]);
  });

  it('keeps the publication day without a stoppage', () => {
    expect(dated('The pipeline typically moves 250,000 bpd.', PUBLISHED)).toEqual([[250000, PUBLISHED]]);
  });
});
