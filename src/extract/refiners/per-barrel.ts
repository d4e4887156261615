// Dollars and cents that are a price per barrel without saying "a barrel" again: "Brent crude
// rose 38 cents to $58.26 per barrel", "Brent rose to $65". Small unscaled dollar amounts in a
// clause about barrels or naming a crude benchmark are prices, not sums of money.
import { tag } from '../base/candidate';
import { leftOf, rightOf } from '../base/clauses';
import type { ExtractContext, Refiner } from '../base/context';

const BARREL = /\bbarrels?\b|\bbbl\b|\b(?:oil|crude)\s+prices?\b|\bprices?\s+(?:of|for)\s+(?:oil|crude)\b/i;
const MAX_PRICE = 1000;

export const perBarrel: Refiner = {
  name: 'per-barrel',
  refine(ctx, figures) {
    for (const f of figures) {
      if (f.unit !== 'USD' || f.mult > 1 || Math.abs(f.value) >= MAX_PRICE) continue;
      const clause = leftOf(ctx, f.start, 120) + rightOf(ctx, f.end, 60);
      // The sentence's names are read only when the words alone do not decide.
      if (BARREL.test(clause) || ((f.tags.includes('unit:usd') || f.tags.includes('unit:cents')) && namesBenchmark(ctx, f.sentence))) {
        f.unit = 'USD/bbl';
        tag(f, 'unit:per-barrel-context');
      }
    }
    return figures;
  },
};

function namesBenchmark(ctx: ExtractContext, sentence: number): boolean {
  return ctx.mentions(sentence).some((m) => m.entity && (m.entity.kind === 'benchmark' || m.entity.kind === 'grade'));
}
