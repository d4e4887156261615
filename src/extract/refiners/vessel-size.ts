// How much a ship or a truck can hold is no oil series: "very large crude carriers, each able to
// hold about 2 million barrels", "Suezmax tankers, which can carry 1 million barrels", "the
// 600,000-barrel tanker", "400 trucks a day, each loaded with about 200 barrels". Barrels after
// such a capacity verb, with a vessel named before them in the sentence, or written as the size
// of a vessel named right after them, are dropped. A cargo loaded ("a tanker loaded 1 million
// barrels at Ceyhan") has no capacity verb and stays: the gold sets list cargoes.
import { leftOf, sentenceLeft } from '../base/clauses';
import type { Refiner } from '../base/context';
import { QUALIFIER_TAIL } from './qualifiers';

const VESSELS = String.raw`(?:super)?tankers?|carriers?|vessels?|ships?|VLCCs?|ULCCs?|Suezmax(?:es)?|Aframax(?:es)?|barges?|trucks?|lorries|railcars?|wagons?`;
const VESSEL = new RegExp(String.raw`\b(?:${VESSELS})\b`, 'i');
// "the 600,000-barrel tanker United Kalavryta", "a 2 million barrel VLCC": the size of the vessel,
// written with "barrel" in the singular as an attribute ("1.6 million barrels on three tankers" is a cargo).
const ATTRIBUTIVE = /[\s-]barrel$/i;
const SIZE_OF_VESSEL = new RegExp(String.raw`^\s+(?:[a-z]+\s+){0,2}?(?:${VESSELS})\b`, 'i');
// The capacity verb right before the figure: "able to hold", "can carry", "capable of holding",
// "each holding", "with a capacity of".
const HOLDS_BEFORE = new RegExp(
  String.raw`\b(?:(?:able|built|designed)\s+to\s+(?:hold|carry)|(?:can|could)\s+(?:hold|carry)|capable\s+of\s+(?:holding|carrying)|holds?|holding|(?:a\s+)?capacity\s+of|each\s+(?:loaded\s+with|carrying|with))\s+(?:${QUALIFIER_TAIL}\s+)?$`,
  'i',
);

export const vesselSize: Refiner = {
  name: 'vessel-size',
  refine(ctx, figures) {
    // One look at the whole text: most articles give no ship's capacity.
    const text = ctx.text;
    if (!text.includes('hold') && !text.includes('carry') && !text.includes('capacity') && !text.includes('capable') && !text.includes('each') && !text.includes('-barrel')) return figures;
    return figures.filter((f) => {
      if (f.unit !== 'bbl') return true;
      if (ATTRIBUTIVE.test(ctx.text.slice(f.start, f.end)) && SIZE_OF_VESSEL.test(ctx.text.slice(f.end, f.end + 40))) return false;
      const left = leftOf(ctx, f.start, 100);
      if (!(left.includes('hold') || left.includes('carry') || left.includes('capa') || left.includes('each'))) return true;
      return !(HOLDS_BEFORE.test(left) && VESSEL.test(sentenceLeft(ctx, f.start, 120)));
    });
  },
};
