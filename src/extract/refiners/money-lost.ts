// Money lost is a sum, not a move: "Baghdad has lost an estimated $25 billion in revenue since the
// halt" is the running total of the loss (the gold sets list "losses of $256m" as a level), while
// "Brent lost $2" stays a change of a price. The change rule reads "lost" as a verb of falling for
// any unit; this one gives a sum of money lost back its place as a level.
import { toLevel } from '../base/candidate';
import type { Refiner } from '../base/context';

const LOST = /^(?:lost|loses|losing|lose|has\s+lost|have\s+lost)\b/i;

export const moneyLost: Refiner = {
  name: 'money-lost',
  refine(ctx, figures) {
    for (const f of figures) {
      if (f.kind !== 'change' || f.value >= 0 || (f.unit !== 'USD' && f.unit !== 'IQD') || f.cueStart === undefined) continue;
      if (!LOST.test(ctx.text.slice(f.cueStart, f.cueStart + 12))) continue;
      toLevel(f, 'level:money-lost');
    }
    return figures;
  },
};
