// A story about one reporting period states it once, in its lead: "Iraq's crude exports averaged
// 3.6 million bpd in January", an output survey of "last month", a weekly stocks report "in the
// week ended Jan. 12". Later figures with no time words of their own (a port's loadings, the
// month's revenue, one country's output) hold for that period, not for the day the story ran.
//
// Only periods longer than a day carry over, and only from the lead: a daily story ("on Tuesday")
// keeps the publication day for undated figures, and a period first named deep in a story is
// that paragraph's business, not the story's. One exception: a market story whose lead moves
// prices on a day ("futures jumped 5% on Wednesday") goes on to list each benchmark's settlement
// for that day, with no day of their own.
import type { Candidate } from '../base/candidate';
import { leftOf } from '../base/clauses';
import type { ExtractContext } from '../base/context';
import { DAY_SPECS, type Period, type TimeSpec } from './time-spec';

const REPORTING: ReadonlySet<TimeSpec['type']> = new Set(['month', 'months', 'quarter', 'week-to', 'month-rel', 'week', 'ord-week', 'half-month']);
/** How far into the story the lead's dated figure may sit, in sentences (headline and dateline included). */
const LEAD_SENTENCES = 4;

export interface StoryPeriod {
  period: Period;
  /** The lead's sentence and dated figure: the period reaches the figures after it. */
  sentence: number;
  end: number;
}

// Words of a market move around the lead's figure: "sent crude futures up 5% on Wednesday".
const MARKET = /\b(?:prices?|futures|Brent|WTI|benchmarks?)\b/i;

/** The reporting period the story's lead gives its first dated figure, or null. */
export function storyPeriod(ctx: ExtractContext, figures: readonly Candidate[]): StoryPeriod | null {
  for (const f of figures) {
    if (f.sentence >= LEAD_SENTENCES) return null;
    if (!f.period || !f.time || f.time.role !== 'time' || f.kind === 'target') continue;
    const spec = f.time.spec;
    if (DAY_SPECS.has(spec.type) && !f.period.asOfTo) {
      if (!MARKET.test(leftOf(ctx, f.start, 60))) return null;
      return { period: { asOf: f.period.asOf, asOfTo: null, tag: 'date:story-day' }, sentence: f.sentence, end: f.end };
    }
    if (!REPORTING.has(spec.type) || !f.period.asOfTo) return null;
    // "earlier this month", "this week": the current period, still running, is no report's.
    if ((spec.type === 'month-rel' || spec.type === 'week') && spec.which !== 'last') return null;
    // "month-end" stocks and deadlines are points, not periods a story reports on.
    if (spec.type === 'month' && spec.end) return null;
    return { period: { asOf: f.period.asOf, asOfTo: f.period.asOfTo, tag: 'date:story-period' }, sentence: f.sentence, end: f.end };
  }
  return null;
}

// "it still owes $1.5 billion", "NOC has signed contracts worth $25m", "have since doubled to
// 30,000 bpd": a state of things now, in the present or present perfect, not the story's period.
// Present-tense verbs of capacity and trade ("Line 5 carries 540,000 bpd") say the same.
// Words that are nouns as often as verbs say nothing of "now" as the noun a preposition follows
// ("Exports through the pipeline averaged …", "supplies of crude", "costs for the year"): such a
// use is passed over, and the word still counts anywhere else ("Line 5 carries", "Iraq exports").
// (Other rules, carried-period's among them, keep reading NOW_WORDS as it is.)
export const NOW_WORDS =
  /\b(?:is|are|has|have|owes?|still|now|currently|remains?|stands?|carries|pumps|produces|exports|ships|handles|holds|sells|costs|earns|accounts|processes|refines|supplies|receives|loads|runs)\b/i;
const NOUN_USE = /\b(?:exports|ships|holds|costs|accounts|supplies|loads|runs)\s+(?:through|from|of|via|to|at|in|by|on|for)\b/gi;
const statesNow = (left: string): boolean => NOW_WORDS.test(left.replace(NOUN_USE, ''));

/**
 * Whether an undated figure after the lead takes the story's period: a past-tense report, not a
 * state now, a plan, or a benchmark's price (quoted for the day even in a monthly story).
 */
export function inStoryPeriod(ctx: ExtractContext, f: Candidate, story: StoryPeriod): boolean {
  const after = f.sentence > story.sentence || (f.sentence === story.sentence && f.start >= story.end);
  // A benchmark's price is quoted for a day: a monthly story's is not the month's, but a market
  // story's (a day: see storyPeriod) is that day's; its other figures keep the publication day.
  const fits = story.period.asOfTo ? f.subject?.kind !== 'benchmark' : f.subject?.kind === 'benchmark';
  return after && f.kind !== 'target' && fits && !statesNow(leftOf(ctx, f.start, 80));
}
