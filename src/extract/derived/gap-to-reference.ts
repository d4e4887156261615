// A volume below a reference that is no earlier time is a gap, not a change: "leaves output
// roughly 1.5 million bpd below its quota" with the quota stated gives output (quota − gap);
// "the agency's figure was 162,000 bpd below official statistics" with the agency's figure stated
// gives the official one (figure + gap). The gap itself is no figure of any series, so it goes.
// "below their March-May average" is an earlier period: that stays a change.
import type { Candidate } from '../base/candidate';
import type { Refiner } from '../base/context';
import { derive } from '../base/derive';

// The reference named after "below": a quota-like ceiling, or another source's numbers.
const REFERENCE = /^\s+below\s+(?:its|their|the|his|her|a|an|this|that|official|pre-)?\s*(?:[\w-]+\s+){0,3}?(?:(?<cap>quotas?|targets?|ceilings?|caps?|allocations?|allowances?|limits?|baselines?)|(?<source>statistics|figures?|data|estimates?|numbers))\b/i;
// How far back the stated reference or level may stand.
const SENTENCES_BACK = 2;

export const gapToReference: Refiner = {
  name: 'derived:gap-to-reference',
  refine(ctx, figures) {
    if (!figures.some((f) => f.tags.includes('change:below'))) return figures;
    const gone = new Set<Candidate>();
    const added: Candidate[] = [];
    figures.forEach((c, i) => {
      if (c.kind !== 'change' || !c.tags.includes('change:below') || c.bound) return;
      const ref = REFERENCE.exec(ctx.text.slice(c.end, c.end + 80));
      if (!ref?.groups) return;
      const gap = Math.abs(c.value);
      const wanted = ref.groups.cap ? 'target' : 'level';
      const base = earlier(figures, i, wanted);
      if (!base) return;
      const value = ref.groups.cap ? base.value - gap : base.value + gap;
      if (value <= 0) return;
      gone.add(c);
      added.push(derive({
        start: c.start,
        end: c.end + ref[0].length,
        value,
        from: [base, c],
        // Output below its quota holds when the gap is said; the other source's number is for the
        // period of the figure it is compared with.
        period: ref.groups.cap ? c.period : base.period,
        approx: c.approx || base.approx,
        rule: 'gap-to-reference',
        subject: c.subject ?? base.subject,
      }));
    });
    return gone.size ? [...figures.filter((f) => !gone.has(f)), ...added] : figures;
  },
};

function earlier(figures: Candidate[], at: number, kind: 'target' | 'level'): Candidate | null {
  const c = figures[at] as Candidate;
  for (let j = at - 1; j >= 0; j--) {
    const g = figures[j] as Candidate;
    if (g.sentence < c.sentence - SENTENCES_BACK) break;
    if (g.kind === kind && g.unit === c.unit && g.value > 0) return g;
  }
  return null;
}
