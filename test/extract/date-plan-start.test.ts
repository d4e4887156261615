// An agreed cut holds from the day it starts, which the article names once; its other mentions,
// reported on the day of the deal, take that start rather than the publication day.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index';
import { findPublished } from '../../src/extract/dates/published';

const dated = (text: string, published: string) =>
  extract(text, { published }).figures.map((f) => [f.value, f.kind, f.asOf, f.tags.filter((t) => t.startsWith('date:'))]);

describe('the start of an agreed cut', () => {
  it.each([
    ['Producers agreed to reduce output by 2 million bpd from March 1.', '2031-02-20', '2031-03-01'],
    ['The alliance will lower supply by 450,000 barrels per day starting from July 1, delegates said.', '2031-06-12', '2031-07-01'],
    // A start already past when the story runs: the nearer reading, not next year's.
    ['Members agreed to curb production by 1.5 million bpd from May 1 for three months.', '2031-06-20', '2031-05-01'],
    ['Under the pact, Westland will reduce output by 600,000 bpd from January of next year.', '2031-06-20', '2032-01-01'],
  ])('dates "%s" from its start', (text, published, asOf) => {
    expect(dated(text, published)).toEqual([[expect.any(Number), 'target', asOf, ['date:plan-start']]]);
  });

  it('keeps a level the cut is measured from as its base', () => {
    const [f] = extract('The group agreed to cut output by 800,000 bpd from October levels.', { published: '2031-02-20' }).figures;
    expect(f?.tags).not.toContain('date:plan-start');
  });

  it('gives undated mentions of the cut the start named elsewhere in the article', () => {
    const text = [
      'Ministers agreed on Sunday to trim crude output by 1.2 million bpd.',
      'Under the deal, Norland will reduce its production by 150,000 barrels per day.',
      'The reductions are due to begin on April 1 and last six months.',
    ].join('\n\n');
    expect(dated(text, '2031-03-09').map(([v, , asOf]) => [v, asOf])).toEqual([
      [-1200000, '2031-04-01'],
      [-150000, '2031-04-01'],
    ]);
  });

  it('reads a quota "for May-June" as the cut\'s start', () => {
    const text = 'Eastland will cut output by 70,000 bpd, officials said. Its quota was set for May-June.';
    expect(dated(text, '2031-04-14')).toEqual([[-70000, 'target', '2031-05-01', ['date:plan-start']]]);
  });

  it('leaves a cut in an article that names no start on the publication day', () => {
    expect(dated('Westland said it would cut exports by 90,000 bpd.', '2031-04-14')).toEqual([[-90000, 'target', '2031-04-14', ['date:published']]]);
  });

  it('does not let "now" date a cut that is only being discussed', () => {
    const text = 'If the plan now on the table is adopted, Southland would cut output by 300,000 bpd. The cut would run from June 1.';
    expect(dated(text, '2031-05-10').map(([v, , asOf]) => [v, asOf])).toEqual([[-300000, '2031-06-01']]);
  });

  it('dates a cut by when it was agreed, which is past', () => {
    expect(dated('The cut agreed in March, totalling 500,000 bpd, stays in place.', '2031-07-04').map(([, , asOf]) => asOf)).toEqual(['2031-03-01']);
  });
});

describe('a syndicator\'s bracketed dateline', () => {
  it('gives the publication day and is never a figure\'s time', () => {
    const text = 'OSLO (Fjord Wire / Agency - 21st March, 2031) Northland will cut its output by 40,000 barrels per day, its minister said.';
    expect(findPublished(text, null)).toMatchObject({ published: '2031-03-21', source: 'dateline' });
    expect(dated(text, '2031-03-22')).toEqual([[-40000, 'target', '2031-03-22', ['date:published']]]);
  });
});

describe('a deadline written "before the end of"', () => {
  it.each([
    ['The company plans to reach 900,000 bpd before the end of this year.', '2031-04-20', '2031-04-20', '2031-12-31'],
    ['Westland aims to lift exports to 400,000 bpd before the end of the year, its minister said.', '2031-04-20', '2031-04-20', '2031-12-31'],
    ['The refinery aims to process 120,000 bpd before the end of June.', '2031-04-20', '2031-04-20', '2031-06-30'],
  ])('"%s" is a plan from the day it was said to its deadline', (text, published, asOf, asOfTo) => {
    const [f] = extract(text, { published }).figures;
    expect([f?.kind, f?.asOf, f?.asOfTo]).toEqual(['target', asOf, asOfTo]);
  });
});
