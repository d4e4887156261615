// "Before then" ends the day before the day the story named last; a year written before what it
// counts ("its 2025 guidance") labels the figure's year; a listed event is still "the halt" on
// its anniversary. Invented copy.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index';
import type { EventRef } from '../../src/extract/types';

const dated = (text: string, published: string, events?: EventRef[]) =>
  extract(text, { published, ...(events ? { events } : {}) }).figures.map((f) => [f.value, f.asOf, f.asOfTo ?? null]);

describe('before then', () => {
  it('is the day before the last day named', () => {
    const text = 'Rebels took the Orrin terminal on May 4. Before then, it was loading about 120,000 bpd.';
    expect(dated(text, '2031-06-10')).toEqual([[120000, '2031-05-03', null]]);
    expect(dated('The line was shut on Friday. Until then, it carried 80,000 bpd.', '2031-06-10')).toEqual([[80000, '2031-06-05', null]]);
  });

  it('names nothing without a day before it', () => {
    expect(dated('Output rose to 90,000 bpd in March. Until then, the field was pumping 40,000 bpd.', '2031-06-10')[1]?.[1]).not.toBe('2031-02-28');
    expect(dated('The field pumped 40,000 bpd before then.', '2031-06-10')).toEqual([[40000, '2031-06-10', null]]);
  });
});

describe('a year written before what it counts', () => {
  it.each([
    ["Output was 38,000 bpd, in step with the firm's 2031 guidance band of 35,000-39,000 bpd.", 37000],
    ['The firm cut its 2032 production target to 60,000 bpd.', 60000],
    ['Their 2030 output averaged 52,000 bpd.', 52000],
  ])('"%s" holds for that year', (text, value) => {
    const f = extract(text, { published: '2031-10-06' }).figures.find((g) => g.value === value);
    const year = /20\d\d/.exec(text)?.[0];
    expect([f?.asOf, f?.asOfTo]).toEqual([`${year}-01-01`, `${year}-12-31`]);
  });

  it('not a year that names something else', () => {
    expect(dated('The 2029 attack cut 500,000 bpd, officials said.', '2031-10-06')[0]?.[1]).toBe('2031-10-06');
  });
});

describe('a listed event on its anniversary', () => {
  const events: EventRef[] = [{ id: 'h', date: '2031-03-25', label: 'Norland halt', aliases: ['Norland halt'], names: ['Norland'] }];
  it('is still the halt the story means', () => {
    const text = 'Norland exports were 450,000 bpd before the halt.';
    expect(dated(text, '2032-03-25', events)).toEqual([[450000, '2031-03-24', null]]);
    expect(dated(text, '2032-03-26', events)).toEqual([[450000, '2032-03-26', null]]);
  });
});
