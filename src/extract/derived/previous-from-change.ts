// A change implies the level before it: "gained 41 cents to $63.17" → $62.76 the day before;
// "dropped 130,000 b/d in May to 4.21 million" → 4.34 million in April; "0.33 mb/d in
// June, down 12% from May" → 375,000 in May; "has risen by about 50,000 bpd since
// Monday" after "300,000 bpd on Tuesday" → 250,000 on Monday. A change given as a bound ("up
// more than 3 percent") implies nothing exact, so nothing is derived from it.
import { type Candidate } from '../base/candidate';
import type { ExtractContext, Refiner } from '../base/context';
import { derive, periodBefore } from '../base/derive';
import { earlierThan } from '../dates/comparison-base';
import { resolveTime, type Period } from '../dates/time-expr';
import { QUALIFIER_TAIL } from '../refiners/qualifiers';


// A level written as the one before the change: "cut output — previously at 1.8m b/d — by
// 300,000 b/d", "output, which had been 1.2 million bpd before the strike, fell by 400,000 bpd".
// The change then leads from it to a level the text implies (1.5m, 800,000), dated with the change.
const BEFORE_MARK = new RegExp(String.raw`\b(?:previously|formerly|earlier|had\s+been|until\s+then)\s+(?:(?:at|running\s+at|pumping|producing)\s+)?(?:${QUALIFIER_TAIL}\s+)?$`, 'i');

/** The level marked as the one before a change, in the change's sentence and before its number. */
function levelBefore(ctx: ExtractContext, figures: Candidate[], at: number): Candidate | null {
  const c = figures[at] as Candidate;
  for (let j = at - 1; j >= 0; j--) {
    const g = figures[j] as Candidate;
    if (g.sentence !== c.sentence || c.start - g.end > 80) return null;
    if (g.kind === 'level' && g.unit === c.unit && !g.bound) return BEFORE_MARK.test(ctx.text.slice(Math.max(0, g.start - 40), g.start)) ? g : null;
  }
  return null;
}

export const previousFromChange: Refiner = {
  name: 'derived:previous-from-change',
  refine(ctx, figures) {
    const out = [...figures];
    figures.forEach((c, i) => {
      if (c.kind !== 'change' || c.bound) return;
      const before = c.unit === '%' ? null : levelBefore(ctx, figures, i);
      if (before) {
        const value = before.value + c.value;
        if (value > 0) out.push(derive({ start: before.start, end: c.end, value, from: [before, c], period: c.period, approx: c.approx || before.approx, rule: 'next-from-change', subject: before.subject ?? c.subject }));
        return;
      }
      // "fell by a third to 400,000 bpd": previous-from-multiple reads the fraction exactly.
      if (c.tags[0] === 'number:fraction' && c.paired) return;
      const level = c.paired ?? (c.baseTime ? latestLevel(figures, i) : null);
      if (!level || level.kind === 'change') return;
      // "down 30 percent from $640 million": the earlier level is written out; nothing to derive.
      const next = figures[i + 1];
      if (next && next.sentence === c.sentence && next.unit === level.unit && /^\s+from\s+(?:about\s+|around\s+|some\s+|roughly\s+)?$/i.test(ctx.text.slice(c.end, next.start))) return;
      const value = c.unit === '%' ? level.value / (1 + c.value / 100) : c.unit === level.unit ? level.value - c.value : NaN;
      // A discount written as a negative price ("to -$18.75/bbl") had a negative level before it too.
      if (!Number.isFinite(value) || (value <= 0 && level.value > 0) || value === 0) return;
      const period = basePeriod(ctx, c) ?? yearBack(ctx, c, c.period ?? level.period) ?? periodBefore(c.period ?? level.period, level.unit === 'USD/bbl');
      const verbStart = c.cueStart ?? c.start;
      const start = level.sentence === c.sentence ? Math.min(level.start, verbStart) : verbStart;
      const end = Math.max(c.end, c.baseTime?.end ?? 0, level.sentence === c.sentence ? level.end : 0);
      out.push(derive({ start, end, value, from: [level, c], period, approx: c.approx || level.approx, rule: 'previous-from-change', subject: level.subject ?? c.subject }));
    });
    return out;
  },
};

// "1.56 million bpd in the first half, up 20% from a year earlier", "up 8% year on year": the base
// is the same period a year before, not the period just before it (nor a year before publication).
const YEAR_EARLIER = /^[^.;]{0,30}?\b(?:(?:from|than|on|over|versus|compared\s+with)\s+(?:a|one|the\s+previous|the\s+prior)\s+year\s+(?:earlier|ago|before)|year[\s-]on[\s-]year|from\s+the\s+same\s+(?:period|month|quarter|half|week)\s+(?:a\s+year\s+earlier|last\s+year|of\s+last\s+year))\b/i;

/** The same period a year before, when the words after the change measure it from there. */
function yearBack(ctx: ExtractContext, c: Candidate, p: Period | null): Period | null {
  if (!p) return null;
  const right = ctx.text.slice(c.end, c.end + 70);
  if (!right.includes('year') || !YEAR_EARLIER.test(right)) return null;
  return earlierThan(p, 'year');
}

function basePeriod(ctx: ExtractContext, c: Candidate) {
  return c.baseTime && ctx.published ? resolveTime(c.baseTime.spec, ctx.published) : null;
}

/** The level a "since Monday" change moved from: the latest one before it about the same thing. */
function latestLevel(figures: Candidate[], at: number): Candidate | null {
  const c = figures[at] as Candidate;
  for (let i = at - 1; i >= 0; i--) {
    const g = figures[i] as Candidate;
    if (g.sentence < c.sentence - 2) break;
    if (g.kind === 'level' && g.unit === c.unit && g.subject && g.subject === c.subject) return g;
  }
  return null;
}
