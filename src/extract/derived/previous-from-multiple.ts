// "halved yesterday from Monday's level to some 290,000 bpd" → 580,000 on Monday; "began on
// Nov. 26 and have since doubled to 30,000 bpd" → 15,000 on Nov. 26.
import { tag } from '../base/candidate';
import type { Refiner } from '../base/context';
import { derive, periodBefore } from '../base/derive';
import { resolveTime } from '../dates/time-expr';
import { QUALIFIER_TAIL } from '../refiners/qualifiers';

const FACTORS: Record<string, number> = { halved: 0.5, doubled: 2, tripled: 3, trebled: 3, quadrupled: 4 };
const BEFORE = new RegExp(String.raw`\b(?:(?:has|have|had)\s+(?:since\s+)?)?(?<verb>halved|doubled|tripled|trebled|quadrupled)\b[^,;.]{0,60}?\bto\s+(?:${QUALIFIER_TAIL}\s+)?$`, 'i');

export const previousFromMultiple: Refiner = {
  name: 'derived:previous-from-multiple',
  refine(ctx, figures) {
    const out = [...figures];
    for (const f of figures) {
      if ((f.kind !== 'level' && f.kind !== 'target') || !f.unit || f.unit === '%') continue;
      const left = ctx.text.slice(Math.max(0, f.start - 100), f.start);
      const m = BEFORE.exec(left);
      const verb = m?.groups?.verb?.toLowerCase();
      if (!m || !verb) continue;
      const factor = FACTORS[verb] ?? NaN;
      const base = f.baseTime && ctx.published ? resolveTime(f.baseTime.spec, ctx.published) : null;
      const d = derive({
        start: f.start - (left.length - m.index),
        end: f.end,
        value: f.value / factor,
        from: [f],
        period: base ?? periodBefore(f.period),
        approx: f.approx,
        rule: 'previous-from-multiple',
      });
      tag(d, `multiple:${verb}`);
      out.push(d);
    }
    return out;
  },
};
