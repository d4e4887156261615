// "300,000 barrels per day on Tuesday, about half the level before the takeover": the earlier
// level is the stated one divided by the fraction, dated by the time words that follow.
import { tag } from '../base/candidate';
import type { Refiner } from '../base/context';
import { derive, FRACTION_WORDS, fractionValue } from '../base/derive';
import { resolveTime } from '../dates/time-expr';
import { QUALIFIER_TAIL } from '../refiners/qualifiers';

// The earlier level may carry its time in the phrase: "half the March level", "a third of May's
// level", "half the pre-war rate" (the time words are then inside the phrase, not after it).
const WHOSE = String.raw`(?:(?:the|its|their)\s+(?:(?:[A-Z][a-z]+|pre-[\w-]+|previous|prior|earlier|year-earlier)\s+)?|[A-Z][a-z]+['’]s\s+)`;
const AFTER = new RegExp(
  String.raw`^[^.;]{0,40}?,\s*(?<phrase>(?:(?<q>${QUALIFIER_TAIL})\s+)?(?<frac>${FRACTION_WORDS})\s+(?:of\s+)?${WHOSE}(?:level|rate|volume|amount|figure|pace|flows?|output|average)s?)\b`,
);
// "less than half of May's level" is a bound: no earlier level follows from it.
const BOUND = /than|over|least|up\s+to|as\s+much/i;

// What lies between a figure and time words that date its earlier level, not the figure itself.
const BETWEEN = new RegExp(String.raw`^[^.;]{0,40}?,\s*(?:(?:${QUALIFIER_TAIL})\s+)?(?:${FRACTION_WORDS})\s+(?:of\s+)?(?:the|its|their)\s+(?:level|rate|volume|amount|figure|pace|flows?|output|average)s?\s+$`, 'i');

const FRACTION_HINT = /half|third|quarter|fifth|twice|double|triple|times/i;

/** "pumping 120,000 bpd now, about two-thirds of its rate before the takeover": the time words date the earlier level. */
export function datesEarlierLevel(text: string, figureEnd: number, timeStart: number): boolean {
  if (timeStart <= figureEnd || timeStart - figureEnd >= 160) return false;
  const between = text.slice(figureEnd, timeStart);
  // Runs for every figure and time pair: the fraction words are looked for before the pattern.
  return FRACTION_HINT.test(between) && BETWEEN.test(between);
}

export const fractionOfEarlierLevel: Refiner = {
  name: 'derived:fraction-of-earlier-level',
  refine(ctx, figures) {
    const out = [...figures];
    for (const f of figures) {
      if (f.kind !== 'level' || !f.unit || f.unit === '%') continue;
      const rest = ctx.text.slice(f.end, f.end + 160);
      const m = AFTER.exec(rest);
      const g = m?.groups;
      if (!m || !g?.phrase || !g.frac || (g.q && BOUND.test(g.q))) continue;
      const factor = fractionValue(g.frac);
      if (!Number.isFinite(factor) || factor <= 0) continue;
      const phraseStart = f.end + m.index + m[0].length - g.phrase.length;
      const phraseEnd = f.end + m.index + m[0].length;
      const t = ctx.times(f.sentence).find((x) => x.start >= phraseStart && x.start - phraseEnd < 20);
      const period = t && ctx.published ? resolveTime(t.spec, ctx.published) : null;
      if (ctx.published && !period) continue;
      const d = derive({
        start: phraseStart,
        end: t ? Math.max(t.end, phraseEnd) : phraseEnd,
        value: f.value / factor,
        from: [f],
        period,
        approx: Boolean(g.q) || f.approx,
        rule: 'fraction-of-earlier-level',
      });
      tag(d, `fraction:${g.frac.toLowerCase().replace(/\s+/g, '-')}`);
      if (g.q) tag(d, `approx:${g.q.toLowerCase().replace(/\s+/g, '-')}`);
      out.push(d);
    }
    return out;
  },
};
