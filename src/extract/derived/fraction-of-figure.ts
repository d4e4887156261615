// "running at a quarter of the 260,000 barrels per day the wells produced before …": the current
// level is the fraction times the stated figure, dated now unless the clause says otherwise.
import { tag, type Candidate } from '../base/candidate';
import type { Refiner } from '../base/context';
import { derive, FRACTION_WORDS, fractionValue } from '../base/derive';
import { QUALIFIER_TAIL } from '../refiners/qualifiers';

// "half the 650,000 b/d", or the figure named by what it is first: "about half their pre-war level
// of 800,000 bpd", "a third of its usual output of 90,000 bpd".
const NAMED = String.raw`(?:[\w'’-]+\s+){0,2}?(?:level|rate|output|production|average|volume|exports|flows?|capacity)\s+of\s+`;
const BEFORE = new RegExp(String.raw`(?:(?<q>${QUALIFIER_TAIL})\s+)?(?<frac>${FRACTION_WORDS})\s+(?:of\s+)?(?:the|its|their)\s+(?:${NAMED})?$`, 'i');

const OF_THE = /\s(?:the|its|their)\s+$|\sof\s+$/i;

/** Whether another figure of the sentence, in the same unit, already states `value` (within 3%). */
function statedInSentence(figures: readonly Candidate[], f: Candidate, value: number): boolean {
  return figures.some((o) => o !== f && o.sentence === f.sentence && o.unit === f.unit && o.kind !== 'change' && Math.abs(o.value - value) <= Math.abs(value) * 0.03);
}

export const fractionOfFigure: Refiner = {
  name: 'derived:fraction-of-figure',
  refine(ctx, figures) {
    const out = [...figures];
    for (const f of figures) {
      if (f.kind === 'change' || f.kind === 'share' || f.kind === 'derived' || !f.unit || f.unit === '%') continue;
      const left = ctx.text.slice(Math.max(0, f.start - 80), f.start);
      if (!OF_THE.test(left)) continue;
      const m = BEFORE.exec(left);
      const g = m?.groups;
      if (!m || !g?.frac) continue;
      // "less than half the 650,000 b/d" is a bound, not a level.
      if (g.q && /than|over|least|up\s+to|as\s+much/i.test(g.q)) continue;
      const factor = fractionValue(g.frac);
      if (!Number.isFinite(factor) || factor <= 0) continue;
      // "about 295,000 bpd, roughly half the 590,000 bpd a year earlier": the level the fraction
      // implies is already stated in the sentence, so deriving it would count it twice.
      if (statedInSentence(figures, f, f.value * factor)) continue;
      const d = derive({
        start: f.start - (left.length - m.index),
        end: f.end,
        value: f.value * factor,
        from: [f],
        period: ctx.published ? { asOf: ctx.published, asOfTo: null, tag: 'date:published' } : null,
        approx: Boolean(g.q) || f.approx,
        rule: 'fraction-of-figure',
      });
      tag(d, `fraction:${g.frac.toLowerCase().replace(/\s+/g, '-')}`);
      out.push(d);
    }
    return out;
  },
};
