// "halved yesterday from Sunday's level to about 210,000 bpd" → 420,000 on Sunday; "started on
// March 4 and have since doubled to 24,000 bpd" → 12,000 on March 4.
import { tag } from '../base/candidate';
import type { Refiner } from '../base/context';
import { derive, fractionValue, periodBefore } from '../base/derive';
import { resolveTime } from '../dates/time-expr';
import { QUALIFIER_LAST, QUALIFIER_TAIL } from '../refiners/qualifiers';
import { lastWordBefore } from '../base/words';

const FACTORS: Record<string, number> = { halved: 0.5, doubled: 2, tripled: 3, trebled: 3, quadrupled: 4, half: 0.5 };
// "dropped by nearly half, to 300,000 bpd", "rose by a third to …".
const BY_FRACTION = new RegExp(
  String.raw`\b(?:(?<down>fell|fallen|dropped|declined|slumped|plunged|shrank|sank|decreased|slid|was\s+cut|been\s+cut)|(?<up>rose|risen|jumped|climbed|increased|grew|grown|surged|soared))\s+(?:by\s+)?(?<q>${QUALIFIER_TAIL}\s+)?(?<frac>half|a\s+half|a\s+third|one\s+third|a\s+quarter|one\s+quarter|two[\s-]+thirds|three[\s-]+quarters|a\s+fifth|one\s+fifth)\b[^,;.]{0,40}?,?\s*to\s+(?:${QUALIFIER_TAIL}\s+)?$`,
  'i',
);
// "was cut in half to 500,000 bpd", "slashed by half": halving said in other words.
const BEFORE = new RegExp(String.raw`\b(?:(?:has|have|had)\s+(?:since\s+)?)?(?<verb>halved|doubled|tripled|trebled|quadrupled|(?:cut|slashed|sliced)\s+(?:[\w'’-]+\s+){0,2}?in\s+half)\b[^,;.]{0,60}?\bto\s+(?:${QUALIFIER_TAIL}\s+)?$`, 'i');
// "more than doubled to 90,000 bpd", "less than halved": a bound, from which no exact level follows.
const BOUND_BEFORE = /\b(?:more|less)\s+than\s+$/i;

export const previousFromMultiple: Refiner = {
  name: 'derived:previous-from-multiple',
  refine(ctx, figures) {
    const out = [...figures];
    for (const f of figures) {
      if ((f.kind !== 'level' && f.kind !== 'target') || !f.unit || f.unit === '%') continue;
      const last = lastWordBefore(ctx.text, f.start);
      if (last !== 'to' && !QUALIFIER_LAST.has(last)) continue;
      const left = ctx.text.slice(Math.max(0, f.start - 100), f.start);
      const m = BEFORE.exec(left) ?? BY_FRACTION.exec(left);
      const g = m?.groups;
      if (!m || !g) continue;
      const beforeVerb = g.verb ? left.slice(0, m.index + m[0].indexOf(g.verb)) : '';
      if (g.verb && BOUND_BEFORE.test(beforeVerb)) continue;
      // "nearly doubled": the factor is approximate, so the level before is too.
      const roughly = /\b(?:nearly|almost|roughly|about|around|approximately|more\s+or\s+less)\s+$/i.test(beforeVerb);
      const verb = (g.verb ?? g.down ?? g.up ?? '').toLowerCase().split(/\s+/).pop() ?? '';
      const share = g.frac ? fractionValue(g.frac) : NaN;
      const factor = g.verb ? FACTORS[verb] ?? NaN : g.down ? 1 - share : 1 + share;
      if (!Number.isFinite(factor) || factor <= 0) continue;
      // "fell by a third since Friday to 200,000 bpd": the base may belong to the change paired with it.
      const baseTime = f.baseTime ?? f.paired?.baseTime;
      const base = baseTime && ctx.published ? resolveTime(baseTime.spec, ctx.published) : null;
      const d = derive({
        start: f.start - (left.length - m.index),
        end: f.end,
        value: f.value / factor,
        from: [f],
        period: base ?? periodBefore(f.period),
        approx: f.approx || Boolean(g.q) || roughly,
        rule: 'previous-from-multiple',
      });
      tag(d, g.verb ? `multiple:${verb}` : `fraction:${g.down ? 'down' : 'up'}-${(g.frac ?? '').toLowerCase().replace(/[\s-]+/g, '-')}`);
      out.push(d);
    }
    return out;
  },
};
