// A second figure that shares the first one's verb ("Saudi Arabia will cut 500,000 bpd and Iraq
// 211,000 bpd", "up 0.9% for the day and 5.2% for the week") is the same kind of move: the verb
// is written once and left out the second time, so the second number moves the same way.
// Only when nothing but "and", a name or a short "for the week"-style phrase stands between the
// two, in the same unit, and no verb of its own follows the second ("and Kuwait 50,000 bpd was
// restored" has one).
import { toChange } from '../base/candidate';
import type { Refiner } from '../base/context';

// Between the two figures: an optional "for/in/over the <period>" after the first, then "and",
// then at most three capitalised words (the second subject) and an optional "by".
const GAP = /^(?:\s+(?:for|in|over|on)\s+the\s+[a-z]+)?,?\s+and\s+(?:[A-Z][\w'’.-]*\s+){0,3}(?:by\s+)?$/;
// After the second figure: the clause ends, or a phrase of time or place goes on; not a verb.
const ENDS = /^(?:\s*(?:[,.;:)]|$)|\s+(?:for|in|on|over|from|to|at|each|respectively|a\s+day|per\s+day|of\s+(?:crude|oil|output|production|exports))\b)/;

export const gappedChanges: Refiner = {
  name: 'change:gapped',
  refine(ctx, figures) {
    for (let i = 1; i < figures.length; i++) {
      const f = figures[i]!;
      const prev = figures[i - 1]!;
      if (f.kind !== 'level' || prev.kind !== 'change' || prev.unit !== f.unit || prev.sentence !== f.sentence) continue;
      if (prev.tags.includes('change:rate') || f.start - prev.end > 40) continue;
      const between = ctx.text.slice(prev.end, f.start);
      if (!between.includes('and') || !GAP.test(between) || !ENDS.test(ctx.text.slice(f.end, f.end + 30))) continue;
      toChange(f, prev.value < 0 ? -1 : 1, 'change:gapped');
    }
    return figures;
  },
};
