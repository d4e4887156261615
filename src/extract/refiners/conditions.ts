// A price in a condition is a supposition, not a level: "if prices stay above $75, …", "should
// crude average $90 …". The clause opens with if/unless/should and the figure ends its verb phrase.
import type { Refiner } from '../base/context';
import { leftOf } from '../base/clauses';

const SUPPOSED = /\b(?:if|unless|should|were)\s+(?:[\w'-]+\s+){0,4}(?:stays?|remains?|holds?|averages?|rises?|falls?|drops?|climbs?|goes|go|tops?|hits?|reach(?:es)?|trades?|settles?|is|are|were|was)\s+(?:(?:above|below|over|under|at|near|around|to|beyond|past)\s+)?(?:about\s+|around\s+)?$/i;

export const conditions: Refiner = {
  name: 'conditions',
  refine(ctx, figures) {
    return figures.filter((f) => {
      if (f.unit !== 'USD' && f.unit !== 'USD/bbl') return true;
      return !SUPPOSED.test(leftOf(ctx, f.start, 80));
    });
  },
};
