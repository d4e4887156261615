// Rules that look back from a figure or a name (a currency sign before a number, "of" before a
// name) must read the same at the very start of a text as anywhere else: they check the bounds
// instead of reading before the text (which V8 answers with NaN, and a compiled rule with a trip
// back to the interpreter). A text and the same text after a space give the same figures.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index';

const TEXTS = [
  '$3 billion was paid to the contractors of the Norland field last year, the ministry said on Monday.',
  '1 $ short of the plan, Westport exported 240,000 bpd in May, officials said.',
  'Of Brimley terminal loadings, 85,000 bpd went to Asia in June, traders said.',
  '7% of the output of the Ostra field was lost on Tuesday, the operator said.',
];

const shape = (text: string, shift: number) =>
  extract(text, { published: '2026-06-10' }).figures.map((f) => ({ ...f, start: f.start - shift, end: f.end - shift, derivedFrom: f.derivedFrom }));

describe('a figure at the very start of a text', () => {
  for (const text of TEXTS) {
    it(`reads as it does after a space: ${text.slice(0, 24)}…`, () => {
      const atStart = shape(text, 0);
      expect(atStart.length).toBeGreaterThan(0);
      expect(atStart).toEqual(shape(` ${text}`, 1));
    });
  }
});
