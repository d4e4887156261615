// Volume lost by what is said of it rather than by a verb of falling: "declared force majeure on
// 180,000 bpd of exports", "some 90,000 bpd of loadings remain under force majeure", "the blockade
// has cost the country 600,000 bpd of output". Each is a volume that stopped, a negative change
// (the gold sets' convention for volume lost), not a level of the flow. Only barrels: "cost the
// company $2 billion" is a sum of money, judged as one.
import { toChange } from '../base/candidate';
import { leftOf, rightOf } from '../base/clauses';
import type { Refiner } from '../base/context';
import { QUALIFIER_TAIL } from './qualifiers';

const MAJEURE_BEFORE = new RegExp(String.raw`\bforce[\s-]+majeure\s+(?:on|over|covering|affecting|for)\s+(?:(?:its|their|the|some|all)\s+)?(?:${QUALIFIER_TAIL}\s+)?$`, 'i');
const MAJEURE_AFTER = /^\s+(?:of\s+(?:[\w'’-]+\s+){1,5}?)?(?:(?:is|are|was|were|remains?|remained|has\s+been|have\s+been|had\s+been|now)\s+)?(?:(?:still|placed|declared)\s+)?under\s+force[\s-]+majeure\b/i;
// "has cost the country 600,000 bpd of output", "costing Nigeria about 100,000 bpd": who paid, in
// a few words, then the volume.
const COST_BEFORE = new RegExp(String.raw`\b(?:cost|costs|costing)\s+(?:[\w'’.-]+\s+){1,3}?(?:${QUALIFIER_TAIL}\s+)?$`, 'i');

export const lostOutput: Refiner = {
  name: 'lost-output',
  refine(ctx, figures) {
    // Most articles name neither: one look at the whole text spares every figure its windows.
    const anyMajeure = ctx.text.includes('ajeure');
    const anyCost = ctx.text.includes('cost');
    if (!anyMajeure && !anyCost) return figures;
    for (const f of figures) {
      if (f.kind !== 'level' || (f.unit !== 'bbl/d' && f.unit !== 'bbl')) continue;
      const left = leftOf(ctx, f.start, 80);
      const right = anyMajeure ? rightOf(ctx, f.end, 80) : '';
      const majeure = anyMajeure && ((left.includes('ajeure') && MAJEURE_BEFORE.test(left)) || (right.includes('ajeure') && MAJEURE_AFTER.test(right)));
      const cost = !majeure && anyCost && left.includes('cost') && COST_BEFORE.test(left);
      if (!majeure && !cost) continue;
      toChange(f, -1, majeure ? 'change:force-majeure' : 'change:cost');
      f.lost = true;
    }
    return figures;
  },
};
