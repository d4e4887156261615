// One trading session, told in one sentence: "WTI climbed past $84 a barrel on Thursday, hitting
// $84.52 before slipping to close at $84.11". The intraday high and the settlement that follow a
// price dated to a day, with no time words of their own, are that day's. A donor for the date
// refiner's second pass (donors.ts).
import type { Candidate } from '../base/candidate';
import { leftOf } from '../base/clauses';
import type { ExtractContext } from '../base/context';
import { DAY_SPECS } from './time-spec';

// The verb that sets a price of the same session right before it.
const SESSION_VERB = /\b(?:touch(?:ed|ing)|hit(?:ting)?|reach(?:ed|ing)|peak(?:ed|ing)\s+at|settl(?:e|ed|ing)|clos(?:e|ed|ing)|end(?:ed|ing)|trad(?:ed|ing)|eas(?:e|ed|ing)|slipp(?:ed|ing)|dipp(?:ed|ing)|jump(?:ed|ing)|climb(?:ed|ing)|ris(?:e|ing)|rose|f[ae]ll(?:ing)?|drop(?:ped|ping)?|slid(?:ing)?|before\s+(?:easing|settling|closing|ending|paring))\s+(?:(?:back|up|down|higher|lower)\s+)?(?:(?:at|to|as\s+high\s+as|as\s+low\s+as|above|below|near|around|about)\s+)?$/i;
// Words that start another time or a comparison between the two prices.
const OTHER_TIME = /\b(?:from|than|versus|against|compared|earlier|previous|last|a\s+(?:week|month|year)\s+ago)\b|;/i;

/** The earlier price of the sentence, dated to a day, whose session `f` continues; or null. */
export function sameSession(ctx: ExtractContext, f: Candidate, i: number, figures: Candidate[]): Candidate | null {
  if (f.unit !== 'USD/bbl' || f.kind !== 'level') return null;
  for (let j = i - 1; j >= 0; j--) {
    const g = figures[j] as Candidate;
    if (g.sentence !== f.sentence) return null;
    if (g.unit !== f.unit || !g.time || g.time.role !== 'time' || !DAY_SPECS.has(g.time.spec.type) || !g.period) continue;
    if (f.start - g.end > 160 || OTHER_TIME.test(ctx.text.slice(g.end, f.start))) return null;
    return SESSION_VERB.test(leftOf(ctx, f.start, 40)) ? g : null;
  }
  return null;
}
