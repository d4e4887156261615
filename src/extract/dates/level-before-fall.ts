// The level a stoppage cut a flow from. "Turkey halted flows on March 25. Exports have fallen
// from about 450,000 bpd to zero", "The halt on March 25 cut output from 470,000 bpd to 150,000
// bpd", "Output is now 70,000 bpd after the shutdown, down from 450,000 bpd": the level before the
// fall held before the stoppage the article dates, so the day before it, not the day the story
// ran (nor the stoppage's own day, which the phrase may sit beside). Only a level with no time
// words of its own other than the stoppage's day: "fell from 450,000 bpd in February" keeps
// February.
import type { Candidate } from '../base/candidate';
import { leftOf, rightOf } from '../base/clauses';
import type { ExtractContext } from '../base/context';
import { EVENT_NOUNS, STOP_WORDS } from './article-events';
import { dayBeforeHalt, haltDay } from './before-halt';
import type { Period } from './time-spec';

const QUALIFIER = String.raw`(?:(?:about|around|some|roughly|nearly|almost|(?:more|less)\s+than|just\s+(?:over|under)|over|under|an\s+estimated|a\s+pre-\w+)\s+)*`;
// A fall told by its verb or noun, then "from" right before the figure (a clause's reach).
const FALL_FROM = new RegExp(String.raw`\b(?:fall(?:en|s)?|fell|drop(?:s|ped)?|plunge[ds]?|plummet(?:s|ed)?|slump(?:s|ed)?|decline[ds]?|cut(?:s|ting)?|reduced?|reducing|slid|sank|sunk|tumbled?|collapsed?|shr[aiu]nk|dwindled|down)\b[^.;]{0,80}?\bfrom\s+${QUALIFIER}$`, 'i');
// "… from X to Y", "… from X to zero": where it fell to follows.
const TO_AFTER = /^[^.;]{0,50}?\bto\s+(?:zero|nothing|nil|a\s+trickle|(?:about|around|some|roughly|nearly|almost|just|less\s+than|under|below|only)\s+|\$?\d)/i;
// "…, down from X": a fall with no "to", which belongs to the stoppage only when its sentence says so.
const DOWN_FROM = new RegExp(String.raw`\bdown\s+from\s+${QUALIFIER}$`, 'i');
const NAMES_STOP = new RegExp(String.raw`${STOP_WORDS.source}|\b(?:${EVENT_NOUNS})\b`, 'i');

/** The day before the article's stoppage, for a level a fall started from; null otherwise. */
export function levelBeforeFall(ctx: ExtractContext, f: Candidate): Period | null {
  if (f.kind !== 'level' || !f.period) return null;
  const halt = haltDay(ctx);
  if (!halt) return null;
  // Dated by nothing but the publication day, or by the stoppage's own day ("The halt on March 25
  // cut … from", "since the halt on March 25"): any other period is the level's own.
  const p0 = f.period;
  if (p0.tag !== 'date:published' && p0.asOf !== halt) return null;
  const left = leftOf(ctx, f.start, 120);
  const fall = FALL_FROM.test(left) && TO_AFTER.test(rightOf(ctx, f.end, 80));
  if (!fall) {
    const s = ctx.sentences[f.sentence];
    if (!s || !DOWN_FROM.test(left) || !NAMES_STOP.test(ctx.text.slice(s.start, s.end))) return null;
  }
  const p = dayBeforeHalt(ctx);
  return p && { ...p, tag: 'date:before-fall' };
}
