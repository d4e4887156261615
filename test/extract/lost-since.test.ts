// A volume a verb took away ("has shut in N since March 2", "had cut output by N since May 4") was
// lost on the "since" day; a fall measured from a base ("has fallen N since May") is not dated
// by it. Invented sentences.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index';

const dated = (text: string) => extract(text, { published: '2031-07-14' }).figures.map((f) => [f.value, f.kind, f.asOf]);

describe('a volume taken away since a day', () => {
  it.each([
    ['The blockade has shut in some 300,000 bpd since March 2.', -300000, '2031-03-02'],
    ['Closures since May 4 had cut the country\'s output by about 420,000 bpd.', -420000, '2031-05-04'],
    ['Protests have taken 90,000 bpd offline since June 9.', -90000, '2031-06-09'],
  ])('"%s" is dated at the since day', (text, value, asOf) => {
    expect(dated(text)).toEqual([[value, 'change', asOf]]);
  });

  it('leaves a fall measured from a base dated at publication', () => {
    expect(dated('Output has fallen 100,000 bpd since May.')).toEqual([[-100000, 'change', '2031-07-14']]);
  });
});
