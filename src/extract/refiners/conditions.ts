// A price in a condition is a supposition, not a level: "if prices stay above $75, …", "should
// crude average $90 …". The clause opens with if/unless/should and the figure ends its verb phrase.
import type { Refiner } from '../base/context';
import { leftOf } from '../base/clauses';

const SUPPOSED = /\b(?:if|unless|should|were)\s+(?:[\w'-]+\s+){0,4}(?:stays?|remains?|holds?|averages?|rises?|falls?|drops?|climbs?|goes|go|tops?|hits?|reach(?:es)?|trades?|settles?|is|are|were|was)\s+(?:(?:above|below|over|under|at|near|around|to|beyond|past)\s+)?(?:about\s+|around\s+)?$/i;

// A price fronting its sentence as a supposition: "At $85 crude, the books balance. At $65,
// they do not." Only at the very start of the sentence (after an opening quote), and closed by a
// comma: "At $70 a barrel on Monday, Brent was …" names a time as well and stays, and so does a
// price whose own benchmark the sentence goes on about ("At $62.07 a barrel, Brent is up 14%").
const AT_FRONT = /^[\s"“'‘]*At\s+$/;
const AT_FRONT_END = /^(?:\s+(?:oil|crude|Brent|a\s+barrel|per\s+barrel))?,(?!\s*(?:Brent|WTI|Urals|Dubai|Oman|crude|oil|prices?|futures|the\s+(?:price|benchmark|contract|grade|blend|crude))\b)/i;

export const conditions: Refiner = {
  name: 'conditions',
  refine(ctx, figures) {
    return figures.filter((f) => {
      if (f.unit !== 'USD' && f.unit !== 'USD/bbl') return true;
      if (SUPPOSED.test(leftOf(ctx, f.start, 80))) return false;
      const s = ctx.sentences[f.sentence];
      return !(s && f.start - s.start < 8 && AT_FRONT.test(ctx.text.slice(s.start, f.start)) && AT_FRONT_END.test(ctx.text.slice(f.end, f.end + 16)));
    });
  },
};
