// The CSV renderer on its own: quoting, formula neutralising (text only), and a long export
// arriving in many chunks rather than one buffer.
import { describe, expect, it } from 'vitest';
import { csvRow, neutralise, quote } from '../../src/api/csv';
import type { Point } from '../../src/api/types';
import { parseCsv } from './parse-csv';

const point: Point & { observation: string } = {
  id: 7, series: 'basra-bbl-d', value: -60000, unit: 'bbl/d', low: -70000, high: null, approx: true, kind: 'change',
  measure: 'flow',
  per: null,
  observation: 'o7',
  asOf: '2018-03-12', asOfTo: null, subject: 'Basra "South" terminal, Iraq', text: 'fell 60,000 bpd', start: 10, end: 25,
  sentence: '=HYPERLINK("http://evil","x") fell 60,000 bpd\r\nnext line', attribution: null, confidence: 0.8, tags: [], derivedFrom: [],
  document: { id: 3, title: '@SUM(A1)', source: '+cmd', url: '-x', published: '2018-03-13' },
};

describe('CSV renderer', () => {
  it('quotes only what needs quoting, doubling quotes', () => {
    expect(quote('plain')).toBe('plain');
    expect(quote('a,b')).toBe('"a,b"');
    expect(quote('say "hi"')).toBe('"say ""hi"""');
    expect(quote('two\nlines')).toBe('"two\nlines"');
  });

  it('neutralises formula starts in text cells', () => {
    for (const s of ['=1+1', '+1', '-1', '@x', '\tx', '\rx']) expect(neutralise(s)).toBe(`'${s}`);
    expect(neutralise('Kirkuk')).toBe('Kirkuk');
  });

  it('keeps negative numbers numeric and neutralises text columns', () => {
    const [row] = parseCsv(csvRow(point));
    expect(row).toHaveLength(21);
    expect(row![2]).toBe('-60000');
    expect(row![6]).toBe('-70000');
    expect(row![7]).toBe('');
    expect(row![5]).toBe('true');
    expect(row![8]).toBe('Basra "South" terminal, Iraq');
    expect(row![10]).toBe("'@SUM(A1)");
    expect(row![11]).toBe("'+cmd");
    expect(row![12]).toBe("'-x");
    expect(row![14]).toBe(`'=HYPERLINK("http://evil","x") fell 60,000 bpd\r\nnext line`);
    expect(row![16]).toBe('3');
    expect(row![17]).toBe('7');
    expect(row!.slice(18)).toEqual(['flow', '', 'o7']);
  });
});
