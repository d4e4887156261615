// Clause bounds (src/extract/base/clauses.ts) are read from each sentence's breaks, found once;
// they must be exactly what scanning the characters outward from a position gives, since every
// rule that reads "the clause left of a figure" sees its words through them.
import { describe, expect, it } from 'vitest';
import { createContext } from '../../src/extract/base/context';
import { clauseEnd, clauseStart, leftFrom, rightTo } from '../../src/extract/base/clauses';
import { defaultGazetteer } from '../../src/extract/subjects/gazetteer';

// The definition, written out: ; : ( ) — – break a clause, a comma before whitespace (or at the
// end), a hyphen with a space on each side; a clause never runs past its sentence or 400 characters.
const isBreak = (t: string, i: number): boolean =>
  ';:()\u2014\u2013'.includes(t[i] as string) || (t[i] === ',' && (i + 1 >= t.length || /\s/.test(t[i + 1] as string))) || (t[i] === '-' && t[i - 1] === ' ' && t[i + 1] === ' ');

// Invented sentences with every kind of break, a number with a thousands comma, a hyphenated
// word, a gap between sentences, a clause over 400 characters and a comma ending the text.
const LONG = 'and the line kept pumping '.repeat(20);
const TEXT = "  Norland's output (mostly crude) rose to 120,000 bpd; exports - by sea - fell: 40 percent—a record.\n\n" +
  `Traders said flows at the re-opened field, ${LONG}were steady – near 30,000 bpd, officials said,`;

describe('clause bounds', () => {
  const ctx = createContext(TEXT, { published: null, source: 'unknown', datelineEnd: 0 }, [], defaultGazetteer);
  const sentenceOf = (pos: number) => ctx.sentences[ctx.sentenceAt(pos)] as { start: number; end: number };
  const scanLeft = (pos: number, floor: number): number => {
    for (let i = pos - 1; i >= floor; i--) if (isBreak(TEXT, i)) return i + 1;
    return floor;
  };
  const scanRight = (pos: number, ceil: number): number => {
    for (let i = pos; i < ceil; i++) if (isBreak(TEXT, i)) return i;
    return ceil;
  };

  it('are what a scan from each position finds, at every position and width', () => {
    expect(ctx.sentences.length).toBe(2);
    for (let pos = 0; pos <= TEXT.length; pos++) {
      const s = sentenceOf(pos);
      expect(clauseStart(ctx, pos), `clauseStart ${pos}`).toBe(scanLeft(pos, Math.max(s.start, pos - 400)));
      expect(clauseEnd(ctx, pos), `clauseEnd ${pos}`).toBe(scanRight(pos, Math.min(s.end, pos + 400)));
      for (const max of [0, 5, 40, 120]) {
        expect(leftFrom(ctx, pos, max), `leftFrom ${pos} ${max}`).toBe(scanLeft(pos, Math.max(s.start, pos - 400, pos - max)));
        expect(rightTo(ctx, pos, max), `rightTo ${pos} ${max}`).toBe(scanRight(pos, Math.min(s.end, pos + 400, pos + max)));
      }
    }
  });

  it('stop at the breaks a reader sees', () => {
    const at = TEXT.indexOf('120,000');
    // The thousands comma is no break; the bracket before "mostly" and the semicolon after bpd are.
    expect(TEXT.slice(leftFrom(ctx, at), rightTo(ctx, at))).toBe(' rose to 120,000 bpd');
    const sea = TEXT.indexOf('by sea');
    expect(TEXT.slice(clauseStart(ctx, sea), clauseEnd(ctx, sea))).toBe(' by sea ');
  });
});
