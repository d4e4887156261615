// "Before last Wednesday's blast": a preposition before "last" still says how the day dates a
// figure — the day before it, or a start. Invented sentences.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index';

const dated = (text: string, published: string) => extract(text, { published }).figures.map((f) => [f.value, f.asOf, f.asOfTo]);

describe('a preposition before "last <weekday>"', () => {
  it('"before last Wednesday\'s" is the day before that Wednesday', () => {
    const text = "Before last Wednesday's explosion, the Harlen line had been carrying about 420,000 barrels per day.";
    expect(dated(text, '2031-03-12')).toEqual([[420000, '2031-03-04', null]]);
  });

  it('"since last Friday" runs from that Friday', () => {
    const text = 'Flows through the Harlen line have averaged 410,000 bpd since last Friday.';
    expect(dated(text, '2031-03-12')).toEqual([[410000, '2031-03-07', '2031-03-12']]);
  });

  it('"last Wednesday" alone is that day', () => {
    expect(dated('The Harlen line carried 420,000 barrels per day last Wednesday.', '2031-03-12')).toEqual([[420000, '2031-03-05', null]]);
  });
});
