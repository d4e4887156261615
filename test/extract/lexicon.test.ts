// The measure lexicon read in place (familyAt, particleFamilyAt) must agree with the word forms it
// is built from, whatever the case the text writes them in: the measure features read it so.
import { describe, expect, it } from 'vitest';
import { familyAt, LEXICON, particleFamilyAt } from '../../src/extract/measure/lexicon';

const at = (text: string, word: string): [number, number] => {
  const i = text.indexOf(word);
  return [i, i + word.length];
};

describe('the lexicon read from the text', () => {
  it('finds every word form in any case, and nothing for a word that merely starts like one', () => {
    for (const [form, family] of LEXICON) {
      for (const written of [form, form.toUpperCase(), form[0]?.toUpperCase() + form.slice(1)]) {
        const text = `(${written}) ${written}s-x`;
        expect(familyAt(text, 1, 1 + written.length), written).toBe(family);
        expect(familyAt(text, 1, written.length), `${written} cut short`).toBe(LEXICON.get(form.slice(0, -1)));
      }
    }
  });

  it('reads a particle verb as one cue, in any case, and not with another word after it', () => {
    const text = 'Baghdad TOOK In $2 billion; the plant was Shut in; it took inventory';
    expect(particleFamilyAt(text, ...at(text, 'TOOK'), ...at(text, 'In'))).toBe('revenue');
    const shut = at(text, 'Shut');
    expect(particleFamilyAt(text, ...shut, shut[1] + 1, shut[1] + 3)).toBe('lose');
    const took = at(text, 'took inventory');
    expect(particleFamilyAt(text, took[0], took[0] + 4, took[0] + 5, took[0] + 14)).toBeUndefined();
  });
});
