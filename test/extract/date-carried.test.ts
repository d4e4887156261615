// Time words that still govern: a past-tense figure with no time words in its sentence reports on
// the period the story named a sentence or a few back, until new time words, a change of
// subject, the present tense or a quote.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index';

const dated = (text: string, published: string) =>
  extract(text, { published }).figures.map((f) => [f.value, f.asOf, f.asOfTo, f.tags.filter((t) => t.startsWith('date:'))]);

describe('a period that carries over to later sentences', () => {
  it('carries a running "since" into the next report about the same country', () => {
    const text = 'Washington barred purchases on March 3. Almost half of Norland\'s oil shipped since March 3 went to Asia. Norland exported 410,000 bpd of crude.';
    expect(dated(text, '2031-04-02').at(-1)).toEqual([410000, '2031-03-03', '2031-04-02', ['date:carried']]);
  });

  it('carries a month named in a sentence without figures', () => {
    const text = 'Southland\'s crude output sank to a new low in May, cartel figures show.\n\nSouthland produced a mere 380,000 barrels a day, the figures showed.';
    expect(dated(text, '2031-06-17')).toEqual([[380000, '2031-05-01', '2031-05-31', ['date:carried']]]);
  });

  it('carries over a sentence with no time words to the one after', () => {
    const text = [
      'Westland\'s exports slumped in the first quarter of 2031.',
      'Westland lost buyers in Europe.',
      'Westland shipped 220,000 bpd to Asia, officials said.',
    ].join(' ');
    expect(dated(text, '2031-05-20')).toEqual([[220000, '2031-01-01', '2031-03-31', ['date:carried']]]);
  });

  it.each([
    ['a new subject', 'Exports from the port of Tobruk fell in April. Loadings at the port of Zueitina averaged 90,000 bpd.'],
    ['the present tense', 'Norland\'s exports fell in April. Norland now exports 300,000 bpd.'],
    ['a habit', 'Norland\'s exports fell in April. Interest payments absorb 9 per cent of Norland\'s budget.'],
    ['a quote', 'Norland\'s exports fell in April. "Norland lost 90,000 bpd overnight," one official said.'],
    ['a day', 'Norland\'s exports fell on Monday. Norland shipped 300,000 bpd.'],
    ['a plan still to come', 'Norland expects exports to recover by the end of the month. Norland shipped 300,000 bpd.'],
    ['time words of its own sentence', 'Norland\'s exports fell in April. Norland shipped 300,000 bpd, and more on Tuesday.'],
  ])('stops at %s', (_, text) => {
    const figures = extract(text, { published: '2031-05-20' }).figures;
    expect(figures.length).toBeGreaterThan(0);
    for (const f of figures) expect(f.tags).not.toContain('date:carried');
  });

  it('stops after three sentences', () => {
    const text = 'Norland\'s exports fell in April. Norland lost buyers. Norland cut prices. Norland lost a port. Norland shipped 300,000 bpd.';
    expect(dated(text, '2031-05-20')).toEqual([[300000, '2031-05-20', null, ['date:published']]]);
  });
});
