// In an article about a cut, the output a member may pump under it (a ceiling, a quota, an agreed
// level) holds from the day the cut starts, as the cut does; a baseline the cuts are "measured
// from" is not that start, and a capacity is no part of the deal. Invented article.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index';

const ARTICLE = [
  'The producers group agreed on Thursday to reduce output by about 900,000 barrels per day from March 1, bringing its ceiling to 28.4 million bpd.',
  'The cuts are measured from November, when the group pumped 29.3 million bpd.',
  'Veldara agreed to pump 2.15 million bpd, while Ostrava will be allowed to raise output to around 1.9 million bpd.',
  'Ostrava has a production capacity of 2.4 million bpd.',
].join(' ');

const targets = () =>
  extract(ARTICLE, { published: '2031-01-10' })
    .figures.filter((f) => f.kind === 'target')
    .map((f) => [f.value, f.asOf]);

describe('levels allowed under a cut', () => {
  it('hold from the day the cut starts', () => {
    const t = targets();
    expect(t).toContainEqual([28400000, '2031-03-01']);
    expect(t).toContainEqual([2150000, '2031-03-01']);
    expect(t).toContainEqual([1900000, '2031-03-01']);
  });

  it('the cut itself starts on its day, not on the month it is measured from', () => {
    expect(targets()).toContainEqual([-900000, '2031-03-01']);
  });

  it('a capacity keeps the publication day', () => {
    expect(targets().filter(([v]) => v === 2400000).map(([, d]) => d)).not.toContain('2031-03-01');
  });
});
