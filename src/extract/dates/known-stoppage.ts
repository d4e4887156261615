// A stoppage the event list knows. "The pipeline normally carries about 450,000 bpd" in a story
// told months into a halt that data/events.json dates, or "exports of 450,000 bpd were stopped in
// March 2023" when the list holds a halt of that month and the story names its places: the level
// before the loss holds the day before that event, as it does for a stoppage the article dates to
// a day itself (before-halt.ts, which is asked first). An event is a stoppage when one of its
// aliases is a stoppage noun ("halt", "shutdown", "blockade"). An attack is not one: what it knocks
// out is often made up from storage, so a story about it tells present levels that no stoppage
// interrupted ("the country ships 7 million bpd").
import type { EventRef } from '../types';
import type { ExtractContext } from '../base/context';
import { STOP_WORDS } from './article-events';
import { eventInScope } from './event-scope';
import { resolveTimeUnmemoised } from './resolve-time';

const STOPPAGE_ALIAS = /(?:^|\s)(?:stoppages?|halts?|closures?|shutdowns?|shut-ins?|suspensions?|blockades?)$/i;

/** Whether an event stops a flow: one of its aliases ends in a stoppage noun. */
export const isStoppage = (e: EventRef): boolean => e.aliases.some((a) => STOPPAGE_ALIAS.test(a));

// Time words that may name the stoppage's month or year rather than its day ("in March 2023").
const SPAN_TYPES = new Set(['month', 'year', 'months', 'quarter']);

/**
 * The day of a known stoppage this article means, or null: one in scope (published within a year
 * after it, its names in the story) in a story that speaks of a stoppage at all, else one whose
 * month or year a stop word's sentence names beside it (any time later: the words say which).
 */
export function knownStoppageDay(ctx: ExtractContext): string | null {
  const published = ctx.published;
  if (!published) return null;
  const stoppages = ctx.events.filter((e) => isStoppage(e) && e.date <= published);
  if (!stoppages.length) return null;
  const speaksOfStop = STOP_WORDS.test(ctx.text);
  if (!speaksOfStop) return null;
  // The latest one in scope: a story a year on means the stoppage it is told in.
  let latest: EventRef | null = null;
  for (const e of stoppages) if (eventInScope(e, ctx.text, published) && (!latest || e.date > latest.date)) latest = e;
  if (latest) return latest.date;
  // "halted in March 2023": the month the story gives holds the listed stoppage's day.
  const named = stoppages.filter((e) => eventInScope(e, ctx.text, null));
  if (!named.length) return null;
  for (let k = 0; k < ctx.sentences.length; k++) {
    const s = ctx.sentences[k];
    if (!s) continue;
    for (const t of ctx.times(k)) {
      if (t.role === 'speech' || !SPAN_TYPES.has(t.spec.type)) continue;
      const around = ctx.text.slice(Math.max(s.start, t.start - 60), Math.min(s.end, t.end + 20));
      if (!STOP_WORDS.test(around)) continue;
      const p = resolveTimeUnmemoised(t.spec, published, false);
      if (!p) continue;
      const hit = named.find((e) => e.date >= p.asOf && e.date <= (p.asOfTo ?? p.asOf));
      if (hit) return hit.date;
    }
  }
  return null;
}
