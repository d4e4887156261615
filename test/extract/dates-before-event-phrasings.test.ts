// A level held before an event, told as an adjective ("pre-halt exports") or as what ran "until"
// it: the day before the event, whether the article dates the event itself or it is a known one.
// Invented articles; the same figures without such words keep their own dates.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index';

const dated = (text: string, published: string) =>
  extract(text, { published }).figures.filter((f) => f.kind !== 'derived').map((f) => [f.value, f.asOf]);

const HALT = 'Port authorities stopped loadings at the Varn terminal on June 4 after a dispute over fees. ';

describe('a level before an event the article dates', () => {
  it.each([
    ['Pre-halt exports from Varn ran at about 210,000 bpd.', 210000],
    ['Pre-shutdown throughput at the terminal was 185,000 barrels per day.', 185000],
    ['Buyers had been lifting a pre-closure volume of roughly 170,000 bpd.', 170000],
    ['Until the stoppage, the terminal shipped some 160,000 bpd.', 160000],
    ['Tankers loaded around 150,000 bpd at Varn up until the shutdown.', 150000],
  ])('"%s" holds the day before the stop', (sentence, value) => {
    expect(dated(HALT + sentence, '2031-06-15')).toEqual([[value, '2031-06-03']]);
  });

  it('keeps the publication day for a level that names no event', () => {
    expect(dated(HALT + 'The terminal now ships about 40,000 bpd from storage.', '2031-06-15')).toEqual([[40000, '2031-06-15']]);
  });

  it('does not read "pre-" before other words as an event', () => {
    expect(dated(HALT + 'Pre-tax earnings from the terminal were about $12 million.', '2031-06-15')).not.toContainEqual([12000000, '2031-06-03']);
  });
});

describe('a level until a known event', () => {
  it('dates "until the takeover" the day before it', () => {
    const text = 'Until the takeover, Kirkuk fields pumped about 400,000 bpd into the Kurdish pipeline.';
    expect(dated(text, '2017-11-20')).toEqual([[400000, '2017-10-15']]);
  });
});
