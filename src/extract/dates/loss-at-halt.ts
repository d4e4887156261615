// A volume a stoppage took away was lost the day of the stoppage. "Engineers stopped the line on
// Friday. … An official said on Monday that the halt was cutting output by 90,000 bpd": the cut
// happened on Friday, when the line shut, not on Monday, when it was reported, nor on the day the
// story ran (the gold sets' convention: volume lost is a signed change dated when it happened).
// Only a loss with no time words of its own, in a sentence about the stoppage or its cause, in a
// story that dates the stoppage to a day.
import type { Candidate } from '../base/candidate';
import type { ExtractContext } from '../base/context';
import { STOP_WORDS } from './article-events';
import { haltDay } from './before-halt';
import type { Period } from './time-spec';

// What stops a line or a field: the stop words of article-events.ts, outages and attacks.
const CAUSE = /\b(?:outages?|offline|knocked\s+out|blew\s+up|blown\s+up|attack(?:s|ed)?|explosions?|blasts?|sabotage[ds]?|bomb(?:ed|ing)|ruptur(?:e|ed)|leaks?|shut-?ins?)\b/i;
// A loss won back is not lost on the stoppage's day.
const RESTORED = /\b(?:restor(?:e|ed|ing)|restart(?:s|ed|ing)?|resum(?:e|ed|ing)|recover(?:s|ed|ing)?|back\s+online|reopen(?:s|ed|ing)?)\b/i;

export function lossAtHalt(ctx: ExtractContext, f: Candidate): Period | null {
  if (f.kind !== 'change' || f.value >= 0 || f.unit !== 'bbl/d') return null;
  const s = ctx.sentences[f.sentence];
  if (!s) return null;
  const sentence = ctx.text.slice(s.start, s.end);
  if (!(STOP_WORDS.test(sentence) || CAUSE.test(sentence)) || RESTORED.test(sentence)) return null;
  // Time words of its own (other than when it was said) were the first pass's to read.
  // The main clause's day before the stoppage's clause ("climbed on Friday as a halt …") is not.
  if (ctx.times(f.sentence).some((t) => t.role !== 'speech' && !lossInCauseClause(ctx, f, t))) return null;
  const day = haltDay(ctx);
  return day ? { asOf: day, asOfTo: null, tag: 'date:loss-at-halt' } : null;
}

// "Crude climbed on Friday as a halt to shipments from the south took about 320,000 bpd off the
// market": the day is the market's, told in the main clause; the volume lost belongs to the
// stoppage the clause after "as", "after" or "because" names, and is dated by it (second pass).
const CAUSE_CLAUSE = /\b(?:as|after|because|since|when)\s+(?:a|an|the|its)\s+(?:[\w-]+\s+){0,2}?(?:halt|shutdown|closure|stoppage|suspension|outage|shut-in)s?\b[^,;.]{0,80}$/i;

/** Whether time words before a lost volume date the main clause, not the stoppage-caused loss after it. */
export function lossInCauseClause(ctx: ExtractContext, f: Candidate, t: { start: number; end: number }): boolean {
  if (f.kind !== 'change' || f.value >= 0 || f.unit !== 'bbl/d' || t.end > f.start || f.start - t.end > 160) return false;
  return CAUSE_CLAUSE.test(ctx.text.slice(t.end, f.start)) && haltDay(ctx) !== null;
}