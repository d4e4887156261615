// The level a change started from holds the period before the one the change reached. "Exports
// rose to 1.2 million bpd in June from 1.1 million bpd": 1.1 million is May's. "The 450,000 bpd
// shortfall narrowed to 250,000 bpd in July": the shortfall the sentence opens with is June's.
// Only when the new level's own time words are a whole month, week or year, and the old level has
// none: a day leaves open when the old level held. A capacity raised "to X from Y" is the
// exception: the old one held until the new one, so up to the day before it.
import type { Candidate } from '../base/candidate';
import type { ExtractContext } from '../base/context';
import { minusDays, monthFrom } from './calendar';
import { earlierThan } from './comparison-base';
import type { Period } from './time-spec';

const QUALIFIER = String.raw`(?:about|around|some|roughly|nearly|almost|(?:more|less)\s+than|just\s+(?:over|under))\s+`;
// "… to 430,000 bpd in July from 220,000 bpd": the new level, its own time words, then "from".
const FROM_AFTER_TIME = new RegExp(String.raw`^\s*,?\s+(?:in|during|for|over)\s+[^,;.()]{2,40}?,?\s+(?:(?:up|down)\s+)?from\s+(?:${QUALIFIER})?$`, 'i');
// "The 450,000 bpd drop … narrowed to 250,000 bpd in July": the old level is the subject.
const MOVED_TO = new RegExp(String.raw`^[^,;.()]{0,60}?\b(?:rose|fell|narrowed|widened|increased|decreased|grew|shrank|dropped|climbed|declined|eased|jumped|slipped|swelled)\s+to\s+(?:${QUALIFIER})?$`, 'i');

/** The period before a whole month, week or year; null for other periods. */
function before(p: Period): Period | null {
  if (!p.asOfTo) return null;
  const month = monthFrom(p.asOf, 0);
  if (month.asOf === p.asOf && month.asOfTo === p.asOfTo) return { ...earlierThan(p, 'month'), tag: 'date:from-level' };
  if (p.asOf.endsWith('-01-01') && p.asOfTo === `${p.asOf.slice(0, 4)}-12-31`) return { ...earlierThan(p, 'year'), tag: 'date:from-level' };
  const days = (Date.parse(p.asOfTo) - Date.parse(p.asOf)) / 86_400_000 + 1;
  return days === 7 ? { ...earlierThan(p, 'week'), tag: 'date:from-level' } : null;
}

/** Whether g is dated by its own time words, written right after it. */
const ownTimeAfter = (g: Candidate): boolean => !!g.period && !!g.time && g.time.role === 'time' && g.time.start >= g.end;

// "the expansion raises the line's capacity to 890,000 bpd from about 300,000 bpd": the old
// capacity held until the new one took over, so up to the day before it.
const CAPACITY_TO = new RegExp(String.raw`\bcapacity\b[^.;]{0,40}?\bto\s+(?:${QUALIFIER})?$`, 'i');
const RIGHT_FROM = new RegExp(String.raw`^\s*,?\s+from\s+(?:${QUALIFIER})?$`, 'i');

function oldCapacity(ctx: ExtractContext, f: Candidate, prev: Candidate | undefined): Period | null {
  if (!prev || prev.sentence !== f.sentence || prev.kind !== 'target' || prev.unit !== f.unit || !prev.period || prev.period.asOfTo) return null;
  if (!RIGHT_FROM.test(ctx.text.slice(prev.end, f.start)) || !CAPACITY_TO.test(ctx.text.slice(Math.max(0, prev.start - 60), prev.start))) return null;
  return { asOf: minusDays(prev.period.asOf, 1), asOfTo: null, tag: 'date:from-level' };
}

/** The period an undated level a change moved from holds for, or null. */
export function fromLevelPeriod(ctx: ExtractContext, f: Candidate, i: number, figures: readonly Candidate[]): Period | null {
  if (f.kind === 'target') return oldCapacity(ctx, f, figures[i - 1]);
  if (f.kind === 'share') return null;
  const prev = figures[i - 1];
  if (prev && prev.sentence === f.sentence && prev.unit === f.unit && ownTimeAfter(prev) && (prev.time?.end ?? 0) <= f.start && FROM_AFTER_TIME.test(ctx.text.slice(prev.end, f.start))) {
    return before(prev.period as Period);
  }
  const next = figures[i + 1];
  if (next && next.sentence === f.sentence && next.unit === f.unit && ownTimeAfter(next) && MOVED_TO.test(ctx.text.slice(f.end, next.start))) {
    return before(next.period as Period);
  }
  return null;
}
