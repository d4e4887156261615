// A halted line's usual flow, told in the present of habit with no time words, is the level
// before the loss: it holds the day before the stoppage the article dates.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index';

const dated = (text: string, published: string) =>
  extract(text, { published }).figures.map((f) => [f.value, f.asOf, f.tags.filter((t) => t.startsWith('date:'))]);

describe('the usual flow of a halted line', () => {
  it.each([
    ['The Aldmark pipeline carries about 320,000 bpd to the coast. It was shut late Tuesday after a leak.', '2031-05-09', '2031-05-05'],
    ['Flows through the Beldon line stopped on Saturday. The line moves some 180,000 barrels per day.', '2031-05-12', '2031-05-09'],
    ['The Corran terminal handles roughly 90,000 bpd of crude. Loadings were suspended on May 2 after a storm.', '2031-05-04', '2031-05-01'],
    ['Operators halted the Dunmore field on Sunday. It accounts for around 4% of national output.', '2031-05-13', '2031-05-10'],
  ])('"%s" holds the day before the stoppage', (text, published, asOf) => {
    expect(dated(text, published)).toEqual([[expect.any(Number), asOf, ['date:before-halt']]]);
  });

  it.each([
    ['Strikers shut the Eskel terminal on May 2. The terminal had been loading about 70,000 bpd.', '2031-05-06', '2031-05-01'],
    ['The Farrow line has been shut since Saturday. It normally ships some 140,000 bpd to the refinery.', '2031-05-13', '2031-05-09'],
    ['Pumping at Greyhill halted on Sunday. The field had been producing roughly 35,000 bpd.', '2031-05-13', '2031-05-10'],
  ])('"%s": a flow told before the stop (or since it) holds the day before it', (text, published, asOf) => {
    expect(dated(text, published)).toEqual([[expect.any(Number), asOf, ['date:before-halt']]]);
  });

  it('dates a flow "at the time it was shut" the day before the closure', () => {
    const text = 'The closures began on Thursday at two fields. Eastfield was producing about 60,000 bpd at the time it was shut.';
    expect(dated(text, '2031-05-17')).toEqual([[60000, '2031-05-14', ['date:before-halt']]]);
  });

  it('takes the earliest stop day, not the first one named', () => {
    const text = 'Exports remained halted on Monday. Flows stopped on Friday. The route carries 250,000 bpd.';
    expect(dated(text, '2031-05-13').at(-1)).toEqual([250000, '2031-05-08', ['date:before-halt']]);
  });

  it('keeps the publication day without a dated stoppage, or for a stoppage long past', () => {
    expect(dated('The Aldmark pipeline carries about 320,000 bpd to the coast.', '2031-05-09')).toEqual([[320000, '2031-05-09', ['date:published']]]);
    expect(dated('The line was shut on March 3. It carries about 320,000 bpd.', '2031-09-09')).toEqual([[320000, '2031-09-09', ['date:published']]]);
  });

  it('does not move a past-tense report or a figure with time words of its own', () => {
    const text = 'The pipeline was shut on Wednesday. It pumped 410,000 bpd in April, and it carries about 300,000 bpd now.';
    expect(dated(text, '2031-05-09').map(([v, asOf]) => [v, asOf])).toEqual([[410000, '2031-04-01'], [300000, '2031-05-09']]);
  });
});

describe('a flow that is back', () => {
  it('keeps the publication day for a line whose sentence says it restarted', () => {
    const text = 'The Fenwick line was shut on Monday. The Gorsey field, which pumps about 120,000 bpd, resumed output on Tuesday.';
    expect(dated(text, '2031-05-09')).toEqual([[120000, '2031-05-09', ['date:published']]]);
  });
});

describe('a flow running when the stoppage its sentence dates came', () => {
  it.each([
    ['The Tarn line was carrying 500,000 bpd when it was shut on Monday.', 500000, '2031-05-11'],
    ['The Orsk field was producing about 80,000 bpd when it was attacked on Saturday.', 80000, '2031-05-09'],
    ['The Holm pipeline had been pumping 120,000 bpd at the time it was halted on May 6.', 120000, '2031-05-05'],
  ])('"%s" holds the day before the stoppage', (text, value, asOf) => {
    expect(dated(text, '2031-05-13')).toEqual([[value, asOf, ['date:before-halt']]]);
  });

  it.each([
    // What a stoppage left, not what ran before it.
    ['Output fell to 200,000 bpd when the field was shut on Monday.', 200000, '2031-05-12'],
    // No stoppage.
    ['The terminal was loading 300,000 bpd on Monday.', 300000, '2031-05-12'],
  ])('"%s" holds on its day', (text, value, asOf) => {
    expect(dated(text, '2031-05-13')[0]?.slice(0, 2)).toEqual([value, asOf]);
  });
});
