// The sentence word index (src/extract/base/sentence-words.ts) must give, for any stretch of
// text, exactly the words the word regex finds in that stretch's slice: the measure model's
// features are read through it, and one word more or less changes a figure's measure.
import { describe, expect, it } from 'vitest';
import { createContext } from '../../src/extract/base/context';
import { wordsIn } from '../../src/extract/base/sentence-words';
import { defaultGazetteer } from '../../src/extract/subjects/gazetteer';

const WORD = /[A-Za-z][A-Za-z'’-]*/g;
const byRegex = (text: string, from: number, to: number): string[] => (text.slice(from, to).match(WORD) ?? []).map((w) => w.toLowerCase());

// Invented sentences with the awkward cases: apostrophes and hyphens opening, inside and closing
// words, curly quotes, digits inside words, a gap between sentences and an indented start.
const TEXT = "  Norland's Ex-Port line carried 120,000 bpd -- 'about' half of last year’s rate.\n\n" +
  "Output at the re-opened B2-field rose 4% to 'Q3' levels; traders' cargoes -'took in' 30 mln.  It's up-.";

describe('words of a stretch of text', () => {
  const ctx = createContext(TEXT, { published: null, source: 'unknown', datelineEnd: 0 }, [], defaultGazetteer);

  it('are the words the regex finds in its slice, for every stretch', () => {
    for (let from = 0; from <= TEXT.length; from++) {
      for (let to = from; to <= TEXT.length; to++) {
        expect(wordsIn(ctx, from, to), `[${from}, ${to}) ${JSON.stringify(TEXT.slice(from, to))}`).toEqual(byRegex(TEXT, from, to));
      }
    }
  });

  it('cut words keep the piece the slice holds, from its first letter', () => {
    const at = TEXT.indexOf('Ex-Port');
    // "-Po": the hyphen opens no word.
    expect(wordsIn(ctx, at + 2, at + 5)).toEqual(['po']);
    expect(wordsIn(ctx, at + 1, at + 7)).toEqual(['x-port']);
  });
});
