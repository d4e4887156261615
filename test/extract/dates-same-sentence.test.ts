// Time words elsewhere in the sentence: a session's later prices share its day; a budget's
// coordinated verbs share its year; a compared average and a closing relative clause keep their
// own time. Invented copy.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index';

const dated = (text: string, published: string) => extract(text, { published }).figures.map((f): [number, string | null] => [f.value, f.asOf]);

describe('one trading session', () => {
  it('the high and the settlement after a dated price are that day\'s', () => {
    const text = 'WTI climbed past $90 a barrel on Monday, a first since 2029, hitting $90.37 before slipping to close at $90.26.';
    expect(dated(text, '2031-01-14')).toEqual([[90, '2031-01-13'], [90.37, '2031-01-13'], [90.26, '2031-01-13']]);
  });

  it('not a price measured against another time', () => {
    expect(dated('Brent settled at $90 on Monday, down from $92 last week.', '2031-01-14')).toEqual([[90, '2031-01-13'], [92, '2031-01-06']]);
    expect(dated('Brent rose to $90 on Monday from $88 in December.', '2031-01-14')[1]?.[1]).toBe('2030-12-01');
  });
});

describe('a budget\'s coordinated verbs', () => {
  it('", and assumes …" goes on about the budget\'s year', () => {
    const text = 'The draft budget for 2032, worth about 110 trillion dinars, allocates 12 percent to the regions and assumes shipments of 3.9 million bpd priced at $70 a barrel.';
    const byValue = new Map(dated(text, '2031-12-16'));
    expect(byValue.get(3900000)).toBe('2032-01-01');
    expect(byValue.get(70)).toBe('2032-01-01');
    const joined = 'The draft budget for 2032, worth about 110 trillion dinars, was sent to parliament, and exports rose to 3.9 million bpd.';
    expect(new Map(dated(joined, '2031-12-16')).get(3900000)).toBe('2031-12-16');
  });
});

describe('time words that belong to something else', () => {
  it('"compared with its average for March" is the comparison\'s', () => {
    expect(dated('The pipe moved 540,000 bpd on Thursday, compared with its average for March.', '2031-09-29')).toEqual([[540000, '2031-09-25']]);
    expect(dated('The pipe moved 540,000 bpd, compared with its average for March.', '2031-09-29')).toEqual([[540000, '2031-09-29']]);
  });

  it('a relative clause ending the sentence dates only what it is about', () => {
    const text = 'The line pumped 600,000 bpd on Thursday. About 45 percent of that comes from the Norland fields, which rebels seized three years ago.';
    expect(dated(text, '2031-09-29')).toEqual([[600000, '2031-09-25'], [45, '2031-09-25']]);
  });

  it('unless it says when what the figure sets took effect', () => {
    const text = 'Importers set a cap of $55 a barrel on tanker cargoes, which took effect in December 2030.';
    expect(dated(text, '2031-08-24')[0]?.[1]).toBe('2030-12-01');
  });
});
