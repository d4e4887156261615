// "The ministry said in March that exports had fallen to 800,000 bpd": a report whose only time
// words are the month it was made in holds in that month, not on the day the story ran (which may
// be months later). A day works the same way: "the regulator said on Monday that production had dropped
// to 300,000 bpd" reports the state of things on Monday, its tense shifted back by the reporting
// verb (statement-day.ts covers the present tense without "that": "output is now …, he said on
// Monday").
import type { Candidate } from '../base/candidate';
import type { ExtractContext } from '../base/context';
import { asOfDay } from './as-of-day';
import { DAY_SPECS, type Period, type TimeExpr } from './time-spec';

const MONTH_TYPES = new Set(['month', 'month-rel']);
// "said on Monday that …", "said on Monday it had …": the reported clause follows.
const THAT_AFTER = /^\s*,?\s+(?:that|it|its|they|their)\b/i;

// "The minister said in March that … . He said output had reached …": the same speaker goes on
// in the next sentence, opened by a pronoun and a verb of saying, about the same statement.
const GOES_ON = /^\s*["“]?(?:he|she|they)\s+(?:also\s+)?(?:said|added|told\s+[a-z]+|noted)\b/i;

/** The month or day the figure's that-clause was said in, or null. */
export function saidInMonth(ctx: ExtractContext, f: Candidate, resolve: (t: TimeExpr) => Period | null): Period | null {
  if (f.kind === 'target') return null;
  const own = monthSaidIn(ctx, f.sentence, f.start, resolve);
  if (own || f.sentence === 0 || ctx.times(f.sentence).some((t) => t.start < f.start)) return own;
  const s = ctx.sentences[f.sentence];
  if (!s || !GOES_ON.test(ctx.text.slice(s.start, Math.min(s.end, s.start + 40)))) return null;
  return monthSaidIn(ctx, f.sentence - 1, Infinity, resolve);
}

/** The month or day of a "said in <month> that" / "said on <day> that" before `before` in the sentence. */
function monthSaidIn(ctx: ExtractContext, sentence: number, before: number, resolve: (t: TimeExpr) => Period | null): Period | null {
  for (const t of ctx.times(sentence)) {
    if (t.start >= before) break;
    const day = DAY_SPECS.has(t.spec.type);
    if (t.role !== 'speech' || !(day || MONTH_TYPES.has(t.spec.type)) || !THAT_AFTER.test(ctx.text.slice(t.end, t.end + 8))) continue;
    const p = resolve(t);
    if (!p || !ctx.published) continue;
    // The day a statement gives its data for ("as of Thursday, …": as-of-day.ts) outranks the
    // day it was made.
    if (day && !p.asOfTo && p.asOf < ctx.published && !asOfDay(ctx)) return { asOf: p.asOf, asOfTo: null, tag: 'date:said-on-day' };
    if (p.asOfTo && p.asOfTo < ctx.published) return { asOf: p.asOf, asOfTo: p.asOfTo, tag: 'date:said-in-month' };
  }
  return null;
}
