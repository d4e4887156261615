// How much a ship can hold is no oil series: "very large crude carriers, each able to hold about
// 2 million barrels", "Suezmax tankers, which can carry 1 million barrels". Barrels after such a
// capacity verb, with a vessel named before them in the sentence, are dropped. A cargo loaded ("a tanker loaded
// 1 million barrels at Ceyhan") has no capacity verb and stays: the gold sets list cargoes.
import { leftOf, sentenceLeft } from '../base/clauses';
import type { Refiner } from '../base/context';
import { QUALIFIER_TAIL } from './qualifiers';

const VESSEL = /\b(?:(?:super)?tankers?|carriers?|vessels?|ships?|VLCCs?|ULCCs?|Suezmax(?:es)?|Aframax(?:es)?|barges?)\b/i;
// The capacity verb right before the figure: "able to hold", "can carry", "capable of holding",
// "each holding", "with a capacity of".
const HOLDS_BEFORE = new RegExp(
  String.raw`\b(?:(?:able|built|designed)\s+to\s+(?:hold|carry)|(?:can|could)\s+(?:hold|carry)|capable\s+of\s+(?:holding|carrying)|holds?|holding|(?:a\s+)?capacity\s+of)\s+(?:${QUALIFIER_TAIL}\s+)?$`,
  'i',
);

export const vesselSize: Refiner = {
  name: 'vessel-size',
  refine(ctx, figures) {
    // One look at the whole text: most articles give no ship's capacity.
    const text = ctx.text;
    if (!text.includes('hold') && !text.includes('carry') && !text.includes('capacity') && !text.includes('capable')) return figures;
    return figures.filter((f) => {
      if (f.unit !== 'bbl') return true;
      const left = leftOf(ctx, f.start, 100);
      if (!(left.includes('hold') || left.includes('carry') || left.includes('capa'))) return true;
      return !(HOLDS_BEFORE.test(left) && VESSEL.test(sentenceLeft(ctx, f.start, 120)));
    });
  },
};
