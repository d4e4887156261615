// The time that still governs. "On Jan. 28, Washington barred buyers … Almost 70 percent of the
// oil shipped since Jan. 28 went to Asia. Europe raised its share to 15 percent": a past-tense
// figure with no time words of its own reports on the period the story named last, a sentence
// or a few back, not on the day the story ran. The carry stops at the nearest time words: a
// period or a running "since" carries on; a day, "now", or a month that only compares does not.
// Only into a past-tense report in a sentence with no time words at all, about the same subject;
// a state of things now, a quote, a plan and a benchmark's price are not carried.
import type { Candidate } from '../base/candidate';
import { leftOf } from '../base/clauses';
import type { ExtractContext } from '../base/context';
import { namesOtherTime } from './not-figure-time';
import { NOW_WORDS } from './story-period';
import type { Period, TimeExpr } from './time-spec';

// A past tense at the figure's verb: a report ("exported", "stood at", "fell to"), not a habit
// ("Interest payments absorb 9 per cent of the budget").
const PAST = /\b(?:[a-z]{2,}ed|was|were|had|fell|rose|stood|grew|took|went|sold|made|brought|came|lost|paid|spent|saw|began|held|ran|kept|gave|got|drew|hit|cut)\b/i;
const QUOTE_OPEN = /^\s*["“‘']/;

/**
 * Whether sentence k speaks of the figure's subject: the figure refers back to it ("its share",
 * "the line"), or k names it, the country it belongs to, or something of that country's. A
 * sentence about another port or field tells another story, in its own time.
 */
function sameTopic(ctx: ExtractContext, f: Candidate, k: number): boolean {
  const subject = f.subject;
  if (!subject || f.subjectVia !== 'named') return true;
  return ctx.mentions(k).some((m) => {
    const e = m.entity ?? m.resolved;
    return !!e && (e.id === subject.id || e.id === subject.country || e.country === subject.id);
  });
}

// A paragraph's worth of sentences.
const SENTENCES_BACK = 3;

/** The period the nearest earlier time words give an undated past-tense figure, or null. */
export function carriedPeriod(ctx: ExtractContext, f: Candidate, resolve: (t: TimeExpr) => Period | null): Period | null {
  const left = leftOf(ctx, f.start, 80);
  if (f.kind === 'target' || f.subject?.kind === 'benchmark' || NOW_WORDS.test(left) || !PAST.test(left)) return null;
  // Time words anywhere in its own sentence, even another figure's, speak for that sentence.
  if (ctx.times(f.sentence).some((t) => t.role !== 'speech')) return null;
  // A quote speaks in its own time ("We lost 300,000 barrels a day overnight").
  const s = ctx.sentences[f.sentence];
  if (!s || QUOTE_OPEN.test(ctx.text.slice(s.start, s.start + 2))) return null;
  for (let k = f.sentence - 1; k >= 0 && k >= f.sentence - SENTENCES_BACK; k--) {
    const times = ctx.times(k);
    for (let i = times.length - 1; i >= 0; i--) {
      const t = times[i] as TimeExpr;
      if (t.role === 'speech' || t.role === 'base' || namesOtherTime(ctx.text, t)) continue;
      if (t.spec.type === 'now' || !sameTopic(ctx, f, k)) return null;
      const p = resolve(t);
      if (!p) return null;
      if (t.role === 'since') return { asOf: p.asOf, asOfTo: ctx.published, tag: 'date:carried' };
      // A period still to come is a plan's ("by the end of the month"), not a past report's.
      if (p.asOfTo && ctx.published && p.asOfTo > ctx.published) return null;
      return p.asOfTo ? { asOf: p.asOf, asOfTo: p.asOfTo, tag: 'date:carried' } : null;
    }
  }
  return null;
}
