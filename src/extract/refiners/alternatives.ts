// A figure named as the alternative to the one before it ("a quota of 80,000 bpd rather than the
// 120,000 first proposed", "a cut of 50,000 bpd instead of 70,000") is the same kind of figure:
// the plan that was dropped is still a plan, and a cut that was not chosen is still a cut. It
// takes the kind and the sign of the figure it stands against; only the words of the alternative
// (and at most a short "for May" or "for the quarter") stand between the two.
import { tag } from '../base/candidate';
import type { Refiner } from '../base/context';
import { QUALIFIER_TAIL } from './qualifiers';

const INSTEAD = new RegExp(
  String.raw`^(?:\s+(?:for|in|from|over|during)\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?)?,?\s+(?:rather\s+than|instead\s+of|in\s+place\s+of)\s+(?:the\s+)?(?:${QUALIFIER_TAIL}\s+)?$`,
  'i',
);

export const alternatives: Refiner = {
  name: 'alternative',
  refine(ctx, figures) {
    for (let i = 1; i < figures.length; i++) {
      const f = figures[i]!;
      const prev = figures[i - 1]!;
      if (prev.unit !== f.unit || prev.sentence !== f.sentence || f.start - prev.end > 60) continue;
      if (prev.kind === f.kind && Math.sign(prev.value) === Math.sign(f.value)) continue;
      if (prev.kind === 'share' || f.kind === 'share' || f.kind === 'derived' || f.low !== null || f.high !== null) continue;
      const between = ctx.text.slice(prev.end, f.start);
      if (!between.includes('instead') && !between.includes('rather') && !between.includes('place')) continue;
      if (!INSTEAD.test(between)) continue;
      f.kind = prev.kind;
      f.value = Math.sign(prev.value) * Math.abs(f.value);
      tag(f, 'alternative');
    }
    return figures;
  },
};
