// A run of days ("over 1-6 May", "between April 28 and May 3") is the period a figure holds over,
// from its first day; values and counts after "to" are not the run's end. Invented sentences.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index';

const dated = (text: string, published: string) => extract(text, { published }).figures.map((f) => [f.value, f.asOf, f.asOfTo]);

describe('a run of days', () => {
  it.each([
    ['Loadings at Terrow averaged 640,000 bpd over 3-9 June, a tracker said.', '2031-06-03', '2031-06-09'],
    ['Loadings at Terrow averaged 640,000 bpd on June 3-9.', '2031-06-03', '2031-06-09'],
    ['Between May 29 and June 4, loadings at Terrow averaged 640,000 bpd.', '2031-05-29', '2031-06-04'],
    ['Loadings at Terrow averaged 640,000 bpd from June 3 to June 9.', '2031-06-03', '2031-06-09'],
  ])('"%s" holds over the days named', (text, asOf, asOfTo) => {
    expect(dated(text, '2031-06-12')).toEqual([[640000, asOf, asOfTo]]);
  });

  it('does not read a value after "to" as the last day', () => {
    const text = 'Output rose from 2.1 million bpd on June 3 to 2.4 million bpd.';
    expect(dated(text, '2031-06-12').map((f) => f[1])).not.toContain('2031-06-02');
    expect(dated(text, '2031-06-12')).toContainEqual([2100000, '2031-06-03', null]);
  });

  it('keeps two days far apart as days', () => {
    expect(dated('Loadings were 600,000 bpd on March 3 and 650,000 bpd on March 30.', '2031-04-02')).toEqual([
      [600000, '2031-03-03', null],
      [650000, '2031-03-30', null],
    ]);
  });
});
