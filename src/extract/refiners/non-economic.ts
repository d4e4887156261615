// Percentages about people rather than oil or money (vote shares, turnout, polls, a candidate's
// support) and ownership stakes ("operates the field with a 30% stake") are dropped: neither is a
// flow, a price or a share of output anyone charts.
import type { Refiner } from '../base/context';
import { leftOf, rightOf } from '../base/clauses';

const PEOPLE = /\b(?:vot(?:e|es|ed|ers?|ing)|ballots?|turnout|polls?|polling|electorate|seats|approval|respondents|surveyed|population|residents|citizens|people|literacy|displaced|refugees|families|households|children|students|casualties|killed|wounded|injured|troops|fighters|territory|land|candidates?|support|stakes?)\b/i;

// A percentage move of a count ("the number of ships crossing fell by about 30%") is a count's
// change, not a flow's: counts are out of scope even when the things counted carry oil.
const COUNT_OF = /\b(?:number|count)\s+of\s+(?!barrels\b)[a-z]/i;

export const nonEconomic: Refiner = {
  name: 'non-economic',
  refine(ctx, figures) {
    return figures.filter((f) => {
      if (f.unit !== '%') return true;
      return !PEOPLE.test(leftOf(ctx, f.start, 60)) && !PEOPLE.test(rightOf(ctx, f.end, 40)) && !COUNT_OF.test(leftOf(ctx, f.start, 80));
    });
  },
};
