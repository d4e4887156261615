// Time words that label the noun a figure counts: "third-quarter exports", "in the month of
// August", "the ministry said September exports …". The figure holds over that period, not on the
// day the story ran or the day something was said. Invented sentences.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index';

const dated = (text: string, published: string) =>
  extract(text, { published }).figures.filter((f) => f.kind !== 'derived').map((f) => [f.value, f.asOf, f.asOfTo]);

describe('a quarter written as an adjective', () => {
  it.each([
    ['Third-quarter exports from Dorva averaged 1.4 million bpd.', '2031-11-10', 1400000, '2031-07-01'],
    ['The company reported second-quarter output of 610,000 bpd on Monday.', '2031-08-06', 610000, '2031-04-01'],
    ['Dorva earned $9.2 billion from crude in fourth-quarter sales.', '2032-01-20', 9200000000, '2031-10-01'],
  ])('"%s" holds over the quarter', (sentence, published, value, asOf) => {
    expect(dated(sentence, published)).toEqual([[value, asOf, expect.any(String)]]);
  });
});

describe('"in the month of"', () => {
  it('dates the figure by the month named', () => {
    expect(dated('Dorva shipped 1.3 million bpd in the month of August.', '2031-11-10')).toEqual([[1300000, '2031-08-01', '2031-08-31']]);
  });
});

describe('a month labelling a flow right after a verb of saying', () => {
  it.each([
    ['The ministry said September exports averaged 1.35 million bpd.', 1350000, '2031-09-01'],
    ['Officials reported October crude output of 1.5 million bpd.', 1500000, '2031-10-01'],
    ['In a report issued on Monday, the ministry said October loadings came to 1.2 million bpd.', 1200000, '2031-10-01'],
  ])('"%s" holds over the month', (sentence, value, asOf) => {
    expect(dated(sentence, '2031-11-10')).toEqual([[value, asOf, expect.any(String)]]);
  });

  it('keeps the publication day where the month labels money still to come', () => {
    expect(dated('Officials said November receipts of $900 million were expected.', '2031-10-02').map((f) => f[1])).toEqual(['2031-10-02']);
  });

  it('keeps "said on Tuesday" as the day of saying', () => {
    expect(dated('Exports were 1.1 million bpd in October, the ministry said on Tuesday.', '2031-11-10')).toEqual([[1100000, '2031-10-01', '2031-10-31']]);
  });
});
