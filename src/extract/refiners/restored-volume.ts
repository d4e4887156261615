// Volume won back, named before the words that restore it: "about 2 million bpd of output was
// restored by Tuesday", "some 300,000 bpd has been brought back online", "150,000 bpd is back
// online". The mirror of a volume named lost (changes.ts LOST_AFTER): a positive change, as the
// gold sets write volume restored, not a level of the flow.
import { toChange } from '../base/candidate';
import { rightOf } from '../base/clauses';
import type { Refiner } from '../base/context';

const BE = String.raw`(?:was|were|is|are|has\s+been|have\s+been|had\s+been|been|has|have|had|now)`;
const RESTORED_AFTER = new RegExp(
  String.raw`^\s+(?:of\s+(?:[\w'’-]+\s+){1,5}?)?${BE}\s+(?:(?:already|now|quickly|fully|largely)\s+)?(?:restored|brought\s+back|returned\s+to\s+(?:the\s+market|service|production)|back\s+(?:online|on\s+stream|in\s+service))\b`,
  'i',
);

export const restoredVolume: Refiner = {
  name: 'restored-volume',
  refine(ctx, figures) {
    // Most articles restore nothing: one look at the whole text spares every figure its window.
    const text = ctx.text;
    if (!text.includes('restored') && !text.includes('brought back') && !text.includes('back o') && !text.includes('back in') && !text.includes('returned to')) return figures;
    for (const f of figures) {
      if (f.kind !== 'level' || (f.unit !== 'bbl/d' && f.unit !== 'bbl')) continue;
      const right = rightOf(ctx, f.end, 80);
      if (!(right.includes('restored') || right.includes('back') || right.includes('returned')) || !RESTORED_AFTER.test(right)) continue;
      toChange(f, 1, 'change:restored');
    }
    return figures;
  },
};
