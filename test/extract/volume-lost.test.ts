// A volume written before the words that say it is lost ("… bpd remained shut in", "… bpd of
// output was halted") is a signed change, and a volume still lost "since" a day was lost that day
// (the gold sets' convention: "80,000 bpd offline since May 3" is −80,000 from May 3).
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index';

const read = (text: string, published = '2031-06-12') =>
  extract(text, { published }).figures.map((f) => ({ value: f.value, kind: f.kind, asOf: f.asOf }));

describe('a volume named before the words that lose it', () => {
  it.each([
    'About 1.2 million barrels per day of oil production in the Gulf of Mexico remained shut in.',
    'Some 300,000 bpd of crude output at the Torva field was still shut-in.',
    'Roughly 45,000 bpd of exports from Port Allard were stopped.',
    'Around 90,000 bpd of production has been halted.',
    'Nearly 70,000 bpd of supply was cut by the blockade.',
    'The outage took about 110,000 barrels a day of crude off the market.',
    'Exports of 650,000 bpd were suspended.',
    'A blast at the Marrow pump station, which knocked some 95,000 bpd offline, was repaired.',
  ])('"%s" is a loss', (text) => {
    const [f] = read(text);
    expect(f?.kind).toBe('change');
    expect(f?.value).toBeLessThan(0);
  });

  it.each([
    ['Output was cut to 400,000 bpd.', 400000],
    ['The Vesna field was producing about 60,000 bpd at the time it was shut.', 60000],
    ['The Orlin line, which carries 210,000 bpd, was shut on Monday.', 210000],
    ['A plant that handles 30,000 bpd was shut in December for repairs.', 30000],
  ])('"%s" stays a level', (text, value) => {
    expect(read(text)[0]).toMatchObject({ value, kind: 'level' });
  });
});

describe('"since" a volume was lost', () => {
  it.each([
    ['About 80,000 bpd has been offline since June 3, the operator said.', '2031-06-03'],
    ['Roughly 25,000 bpd of output has been halted since Monday.', '2031-06-09'],
    ['Some 140,000 bpd of crude production remains shut in since May 28.', '2031-05-28'],
  ])('"%s" is dated when it was lost', (text, asOf) => {
    expect(read(text)[0]).toMatchObject({ kind: 'change', asOf });
  });

  it('keeps "since" the base of other changes, dated when reported', () => {
    expect(read('Prices have risen 20% since January.')[0]).toMatchObject({ kind: 'change', value: 20, asOf: '2031-06-12' });
  });
});
