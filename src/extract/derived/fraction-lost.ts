// "halving the nation's production by shutting down 4.3 million bpd", "shipments were cut by a third
// by shutting in 140,000 bpd": the volume lost is that fraction of the level before the loss,
// so the level before is the loss divided by the fraction. An approximation (a rounded
// fraction), dated the period before the change, like level-before-loss.
import { leftOf } from '../base/clauses';
import type { Refiner } from '../base/context';
import { derive, periodBefore } from '../base/derive';
import { QUALIFIER_TAIL } from '../refiners/qualifiers';

const FRACTIONS: Record<string, number> = { half: 1 / 2, third: 1 / 3, quarter: 1 / 4 };

// The fraction first, then "by <verb>ing (down|in|off|out)" right before the volume.
const FRACTION_BY_LOSS = new RegExp(
  String.raw`\b(?:(?<halve>halv(?:e|ed|es|ing))|(?:cut|cutting|reduced?|reducing|slashed|slashing)\s+(?:[\w'’-]+\s+){0,6}?(?:by|in)\s+(?:a\s+|one\s+)?(?<part>half|third|quarter))\b[^;:]{0,100}?\bby\s+[a-z]+ing\s+(?:(?:down|off|out|in)\s+)?(?:${QUALIFIER_TAIL}\s+)?$`,
  'i',
);

export const fractionLost: Refiner = {
  name: 'derived:fraction-lost',
  refine(ctx, figures) {
    const out = [...figures];
    for (const f of figures) {
      if (f.kind !== 'change' || f.value >= 0 || f.bound || (f.unit !== 'bbl/d' && f.unit !== 'bbl')) continue;
      const left = leftOf(ctx, f.start, 160);
      if (!left.includes('half') && !left.includes('halv') && !left.includes('third') && !left.includes('quarter')) continue;
      const m = FRACTION_BY_LOSS.exec(left);
      if (!m?.groups) continue;
      const fraction = m.groups.halve ? 1 / 2 : FRACTIONS[(m.groups.part ?? '').toLowerCase()];
      if (!fraction) continue;
      out.push(derive({
        start: f.start - left.length + m.index,
        end: f.end,
        value: -f.value / fraction,
        from: [f],
        period: periodBefore(f.period),
        approx: true,
        rule: 'fraction-lost',
      }));
    }
    return out;
  },
};
