// "cut off roughly 450,000 bpd that had been flowing to the port": the volume lost was the level
// running just before the loss. Dated the period before the change (the day before a halt).
import type { Refiner } from '../base/context';
import { derive, periodBefore } from '../base/derive';
import { QUALIFIER_TAIL } from '../refiners/qualifiers';

const HAD_BEEN = /^\s+(?:of\s+(?:[\w'’-]+\s+){0,2}?)?(?:that|which)\s+(?:had\s+been|was|were|has\s+been|have\s+been|had)\s+(?:flowing|pumped|pumping|produced|exported|shipped|loaded|moving|running|carried|sent|piped)\b/i;

// "shutting down its entire oil production of some 350,000 bpd": a whole flow stopped, so the loss
// was all of what ran before it.
const WHOLE_OF = new RegExp(
  String.raw`\b(?:entire|whole|total|all(?:\s+of)?\s+(?:its|their|the))\s+(?:[\w'’-]+\s+){0,2}?(?:output|production|exports|flows?|supply|supplies|shipments|loadings|pumping)\s+of\s+(?:${QUALIFIER_TAIL}\s+)?$`,
  'i',
);

export const levelBeforeLoss: Refiner = {
  name: 'derived:level-before-loss',
  refine(ctx, figures) {
    const out = [...figures];
    for (const f of figures) {
      if (f.kind !== 'change' || f.value >= 0 || f.bound || !f.unit || f.unit === '%') continue;
      const right = ctx.text.slice(f.end, f.end + 60);
      const m = right.includes('that') || right.includes('which') ? HAD_BEEN.exec(right) : null;
      if (!m && !WHOLE_OF.test(ctx.text.slice(Math.max(0, f.start - 70), f.start))) continue;
      out.push(derive({
        start: f.cueStart ?? f.start,
        end: f.end + (m ? m[0].length : 0),
        value: -f.value,
        from: [f],
        period: periodBefore(f.period),
        approx: f.approx,
        rule: 'level-before-loss',
      }));
    }
    return out;
  },
};
