// "by September" in a report of what happened is the month, once it is over; in a plan it is still
// a deadline from the day of the story. Invented sentences.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index';

const dated = (text: string, published: string) => extract(text, { published }).figures.map((f) => [f.kind, f.value, f.asOf, f.asOfTo]);

describe('"by <month>"', () => {
  it('in a report of a month already over is that month', () => {
    expect(dated('Output at the Selby fields had reached 310,000 bpd by September.', '2031-11-04')).toEqual([['level', 310000, '2031-09-01', '2031-09-30']]);
  });

  it('in a plan is a deadline from the day of the story', () => {
    expect(dated('The operator aims to lift output at Selby to 350,000 bpd by September.', '2031-11-04')).toEqual([['target', 350000, '2031-11-04', '2032-09-30']]);
  });

  it('for the month still to come stays a deadline', () => {
    expect(dated('Output at Selby is expected to reach 330,000 bpd by December.', '2031-11-04')).toEqual([['target', 330000, '2031-11-04', '2031-12-31']]);
  });
});
