// Time words in a figure's sentence that say when something else happened, so they never date
// the figure:
// - the other end of a record: "248.1 million barrels, the highest since February 2023", "a
//   level unseen since 2014", "the largest weekly drop since Hurricane Ida in 2021", "for the
//   first time since 1983", "the lowest in the past three years";
// - a futures contract's month: "Brent crude futures for June fell $4.43", "WTI for May delivery
//   was trading at $1.10", "the June contract", "cargoes for early May loading" — the price is
//   today's, for oil delivered or loaded then;
// - a deadline of the thing priced or owed: "the March futures contract, which expires on February 20", "bonds
//   maturing in 2030" — the figure holds now, the contract or debt ends then.
import { MONTH_ABBR } from './time-expr';
import type { TimeExpr } from './time-spec';

// Between the superlative and "since" a long noun phrase may stand ("the first time a U.S. oil
// futures contract had ended a session below zero since …"), abbreviations' dots included.
// "a level unseen since 2014", "not seen since the 2008 crisis" are records said without a superlative.
const RECORD_SINCE =
  /\b(?:highest|lowest|largest|biggest|smallest|steepest|sharpest|strongest|weakest|fastest|slowest|deepest|longest|best|worst|most|least|first|unseen|not\s+(?:been\s+)?seen|unmatched|unprecedented)\b[^,;]{0,90}?\bsince\b[^,;.]{0,70}$/i;
// "the lowest in the past three years", "its biggest fall for the last six months": the span a
// record is measured over, not the figure's time.
const RECORD_OVER = /\b(?:highest|lowest|largest|biggest|smallest|steepest|sharpest|strongest|weakest|best|worst|most|least|first|only)\b[^,;.]{0,60}?\b(?:in|over|for|during|of)\s+$/i;
const CONTRACT_BEFORE = new RegExp(String.raw`\b(?:futures|contracts?|swaps?|Brent|WTI|benchmark)\s+for\s+(?:delivery\s+in\s+)?${MONTH_ABBR}(?:\s+\d{4})?$`, 'i');
const ENDS_BEFORE = /\b(?:expir(?:e|es|ed|ing)|matur(?:e|es|ing)|due\s+to\s+(?:expire|mature|settle)|settles?|lapses?)\s+(?:on\s+|in\s+)?$/i;
// "early-August cargoes were quoted at …", "for March arrival": when the oil is
// lifted or landed, not when the price was quoted.
const CONTRACT_AFTER = /^\s+(?:delivery|contracts?|futures|settlement|expiry|options?|loading|liftings?|arrival|shipment)\b/i;
const MONTH_TYPES = new Set(['month', 'half-month']);

export function namesOtherTime(text: string, t: TimeExpr): boolean {
  // This runs for every time expression of every figure: the long pattern only when "since" is near.
  if (text.slice(Math.max(0, t.start - 75), t.end).includes('since') && RECORD_SINCE.test(text.slice(Math.max(0, t.start - 180), t.end))) return true;
  if (t.spec.type === 'rolling' && RECORD_OVER.test(text.slice(Math.max(0, t.start - 90), t.start))) return true;
  // "on May 19" may carry its preposition inside the time words.
  const prep = /^(?:on|in)\s/i.test(t.text) ? 3 : 0;
  if (ENDS_BEFORE.test(text.slice(Math.max(0, t.start - 24), t.start + prep))) return true;
  if (!MONTH_TYPES.has(t.spec.type)) return false;
  return CONTRACT_AFTER.test(text.slice(t.end, t.end + 14)) || CONTRACT_BEFORE.test(text.slice(Math.max(0, t.start - 40), t.end));
}
