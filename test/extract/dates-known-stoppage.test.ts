// A stoppage data/events.json knows dates the level before it, as one the article dates itself:
// in a story told within a year after it that names its places, or in any later story whose own
// month or year for the stoppage holds the listed day. Invented copy; the events are a test list.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index';
import type { EventRef } from '../../src/extract/types';

const events: EventRef[] = [
  { id: 'halt', date: '2031-03-25', label: 'The Norland line halted', aliases: ['Norland halt', 'pipeline shutdown'], names: ['Norland', 'Port Vesk'] },
  { id: 'raid', date: '2031-06-02', label: 'Raid on the Tarrow plant', aliases: ['Tarrow attack', 'Tarrow raid'], names: ['Tarrow'] },
];

const dated = (text: string, published: string) =>
  extract(text, { published, events }).figures.map((f) => [f.value, f.asOf, f.tags.filter((t) => t.startsWith('date:')).at(-1)]);

describe('the usual flow of a line the event list shows halted', () => {
  it('holds the day before the listed halt in a story months into it', () => {
    expect(dated('The Norland pipeline normally carries 380,000 bpd. Exports to Port Vesk remain suspended.', '2031-11-04')).toEqual([[380000, '2031-03-24', 'date:before-halt']]);
  });

  it('a level a fall started from holds the day before it too', () => {
    expect(dated('Norland crude exports have fallen from about 400,000 bpd to zero since the line was shut.', '2031-09-10')).toEqual([[400000, '2031-03-24', 'date:before-fall']]);
  });

  it('is read by the month the story gives, however late the story', () => {
    const text = 'The Norland line carried 350,000 bpd before it was halted in March 2031.';
    expect(dated(text, '2033-05-01')).toEqual([[350000, '2031-03-24', 'date:before-event']]);
    expect(dated('Exports to Port Vesk were 350,000 bpd before the halt in March 2031.', '2033-05-01')).toEqual([[350000, '2031-03-24', 'date:before-event']]);
  });

  it('an article dating its own stoppage keeps that day', () => {
    expect(dated('The Norland line was shut on Monday. It carries about 300,000 bpd.', '2031-09-10')).toEqual([[300000, '2031-09-07', 'date:before-halt']]);
  });

  it('leaves stories that do not name the event, that speak of no stoppage, or another month alone', () => {
    expect(dated('The Ostry pipeline normally carries 380,000 bpd. Exports remain suspended.', '2031-11-04')).toEqual([[380000, '2031-11-04', 'date:published']]);
    expect(dated('The Norland pipeline normally carries 380,000 bpd to Port Vesk.', '2031-11-04')).toEqual([[380000, '2031-11-04', 'date:published']]);
    expect(dated('The Norland line carried 350,000 bpd before it was halted in May 2031.', '2033-05-01')[0]?.[1]).toBe('2031-05-01');
  });

  it('an attack is no stoppage: levels told in the present keep the story\'s day', () => {
    expect(dated('The raid on Tarrow shut part of the plant. The country ships 6 million bpd abroad.', '2031-06-20')).toEqual([[6000000, '2031-06-20', 'date:published']]);
  });
});

describe('"before the halt" with no day in the story', () => {
  it('is the listed halt of a story that can mean it', () => {
    expect(dated('Exports to Port Vesk ran at 420,000 bpd before the halt.', '2031-08-01')).toEqual([[420000, '2031-03-24', 'date:before-event']]);
    expect(dated('Norland has lost $9 billion since the shutdown, officials said.', '2031-08-01')[0]?.[2]).not.toBe('date:since-event');
  });

  it('the story\'s own day for its stoppage comes first', () => {
    expect(dated('The Norland line was shut on July 20. Exports ran at 420,000 bpd before the halt.', '2031-08-01')).toEqual([[420000, '2031-07-19', 'date:before-event']]);
  });

  it('names nothing in a story about another line or more than a year on', () => {
    expect(dated('Exports from Ostry ran at 420,000 bpd before the halt.', '2031-08-01')).toEqual([[420000, '2031-08-01', 'date:published']]);
    expect(dated('Exports to Port Vesk ran at 420,000 bpd before the halt.', '2032-08-01')).toEqual([[420000, '2032-08-01', 'date:published']]);
  });
});

describe('the stoppage a later story dates loosely', () => {
  it('"on March 25 last year" is last year\'s day, however close to its anniversary', () => {
    const text = 'The closure of the Norland line on March 25 last year cut 400,000 bpd.';
    expect(dated(text, '2032-03-25')).toEqual([[-400000, '2031-03-25', 'date:calendar']]);
  });

  it('"once carried" is the level before a halt that no one has yet undone', () => {
    const text = 'A year after it closed, the Norland line, which once carried nearly 450,000 bpd to Port Vesk, stays dry, and nobody plans to restart it soon.';
    expect(dated(text, '2032-03-20')).toEqual([[450000, '2031-03-24', 'date:before-halt']]);
    const back = 'The Norland line, which once carried 450,000 bpd to Port Vesk, reopened last week.';
    expect(dated(back, '2032-03-20')[0]?.[2]).not.toBe('date:before-halt');
  });

  it('"before the March 2031 closure" is the listed closure of that month', () => {
    const text = 'Flows to Port Vesk resumed on Saturday. Before the March 2031 closure, the Norland line carried about 450,000 bpd.';
    expect(dated(text, '2033-09-27')).toEqual([[450000, '2031-03-24', 'date:before-event']]);
  });

  it('time words closing the event\'s clause date the event, not the level before it', () => {
    const text = 'Exports to Port Vesk fell to 200,000 bpd, down from 450,000 bpd before the shutdown of the fields this week.';
    expect(dated('The Norland line was shut on Tuesday. ' + text, '2031-09-12').map((r) => r[1])).toEqual(['2031-09-12', '2031-09-08']);
  });
});
