// "The raid lifted crude prices 15 per cent at first", "the outage pushed Brent 4% higher": a market's
// move caused by an event the article dates, told without a day of its own, happened in the first
// session after the event (a Saturday attack moves prices on Monday), not on the day the story ran.
import type { Candidate } from '../base/candidate';
import { leftOf } from '../base/clauses';
import type { ExtractContext } from '../base/context';
import { articleEventPeriod } from './article-events';
import { tradingDayOnOrAfter } from './calendar';
import type { Period, TimeExpr } from './time-spec';

// The event as the subject of a verb of moving, prices between it and the figure.
const EVENT_MOVED = /\b(?:the|these|those|this|that)\s+(?<noun>attacks?|strikes?|outages?|explosions?|blasts?|fires?|shutdowns?|closures?|halts?|blockades?|disruptions?|stoppages?)\b[^.;]{0,30}?\b(?:sent|pushed|drove|lifted|knocked|boosted|sending|pushing|driving|lifting|knocking|boosting)\b[^.;]{0,30}?\b(?:prices?|Brent|WTI|crude|futures|benchmarks?)\b[^.;]{0,20}$/i;

/** The first trading day from the event that moved the price change `f`, or null. */
export function eventMoveDay(ctx: ExtractContext, f: Candidate, resolve: (t: TimeExpr) => Period | null): Period | null {
  if (f.kind !== 'change' || (f.unit !== '%' && f.unit !== 'USD/bbl') || !ctx.published) return null;
  const noun = EVENT_MOVED.exec(leftOf(ctx, f.start, 100))?.groups?.noun;
  if (!noun) return null;
  const probe: TimeExpr = { start: f.start, end: f.end, text: ctx.text.slice(f.start, f.end), role: 'time', spec: { type: 'article-event', noun, before: false } };
  const day = articleEventPeriod(ctx, probe, resolve);
  if (!day) return null;
  const session = tradingDayOnOrAfter(day.asOf);
  return session <= ctx.published ? { asOf: session, asOfTo: null, tag: 'date:event-move' } : null;
}
