// "cut off roughly 450,000 bpd that had been flowing to the port": the volume lost was the level
// running just before the loss. Dated the period before the change (the day before a halt).
import type { Refiner } from '../base/context';
import { derive, periodBefore } from '../base/derive';

const HAD_BEEN = /^\s+(?:of\s+(?:[\w'’-]+\s+){0,2}?)?(?:that|which)\s+(?:had\s+been|was|were|has\s+been|have\s+been|had)\s+(?:flowing|pumped|pumping|produced|exported|shipped|loaded|moving|running|carried|sent|piped)\b/i;

export const levelBeforeLoss: Refiner = {
  name: 'derived:level-before-loss',
  refine(ctx, figures) {
    const out = [...figures];
    for (const f of figures) {
      if (f.kind !== 'change' || f.value >= 0 || f.bound || !f.unit || f.unit === '%') continue;
      const right = ctx.text.slice(f.end, f.end + 60);
      if (!right.includes('that') && !right.includes('which')) continue;
      const m = HAD_BEEN.exec(right);
      if (!m) continue;
      out.push(derive({
        start: f.cueStart ?? f.start,
        end: f.end + m[0].length,
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
