// The size of a decline, given as what the decline grew or shrank to: "shipment losses widened to
// 370,000 b/d in May from 160,000 b/d", "the shortfall in liftings narrowed to 140,000 b/d", "losses
// reached 65,000 bpd", "output losses are put at 85,000 bpd". The figure is how much was lost, a negative change (gold convention:
// volume lost is a signed change), not a level of the flow. Runs before `change`, so a level
// is never paired with it and no level "before" is derived from it.
import { toChange, type Candidate } from '../base/candidate';
import { leftOf } from '../base/clauses';
import type { ExtractContext, Refiner } from '../base/context';
import { QUALIFIER_TAIL } from './qualifiers';

const DECLINE_NOUN = String.raw`(?:cuts?|drops?|declines?|decreases?|losses|loss|shortfalls?|reductions?|deficits?\s+in\s+supply)`;
const SIZE_VERB = String.raw`(?:widen(?:ed|s|ing)?|narrow(?:ed|s|ing)?|deepen(?:ed|s|ing)?|grew|grow(?:s|n)?|rose|risen|rise|fell|fallen|shrank|shrunk|eased|reach(?:ed|es)?|total(?:l?ed|s)?|amount(?:ed|s)?\s+to|stood\s+at|(?:estimated|put|pegged|assessed|seen)\s+at)`;
// Auxiliaries and adverbs between the noun and its verb: "the decline could even widen to".
const AUX = String.raw`(?:could|would|will|may|might|is|was|are|were|has|have|had|be|been|even|further|also|now|already|likely|then)`;
// The noun as the verb's subject, maybe with what declined after a preposition ("the drop in
// Basra loadings narrowed to"), then "to"/"at" before the figure. Nothing else stands between, so
// "despite the cuts output rose to 2 million bpd" is a level.
const SIZE_BEFORE = new RegExp(
  String.raw`\b${DECLINE_NOUN}(?:\s+(?:in|of|from|to|at|for|across)\s+[^,.;:()]{1,45}?)?(?:\s+${AUX})*\s+${SIZE_VERB}\s+(?:(?:even|further)\s+)?(?:to\s+|at\s+)?(?:${QUALIFIER_TAIL}\s+)?$`,
  'i',
);
// The same size given by whoever reckoned it, the verb first: "the board estimated the loss at closer
// to 1.2 million b/d", "the company put the shortfall caused by the closures at 865,000 b/d". The
// noun may say what was lost or why in a few words before "at".
const RECKONED_AT = new RegExp(
  String.raw`\b(?:estimated|estimates?|estimating|put|puts|putting|pegged|pegs|pegging|assessed|assesses|reckoned|calculated|calculates|valued|sees|saw|seen)\s+(?:(?:the|its|their|this|that|total|overall|daily|combined)\s+){0,2}(?:[\w-]+\s+)?(?:${DECLINE_NOUN}|outages?|disruptions?|shut-?ins?)(?:\s+(?:caused|in|of|from|to|at|for|across|due)\b[^,.;:()]{0,45}?)?\s+at\s+(?:(?:closer|nearer|close)\s+to\s+)?(?:${QUALIFIER_TAIL}\s+)?$`,
  'i',
);
// "… widened to 370,000 b/d in May from 160,000 b/d": the other end of the same decline.
const FROM_NEXT = new RegExp(String.raw`^[^.;]{0,40}?\bfrom\s+(?:${QUALIFIER_TAIL}\s+)?$`, 'i');
const FLOW_UNITS = new Set(['bbl/d', 'bbl']);

/** Whether the words before a figure give it as the size a decline grew or shrank to. */
export function isDeclineSize(ctx: ExtractContext, f: Candidate): boolean {
  const left = leftOf(ctx, f.start, 120);
  return SIZE_BEFORE.test(left) || RECKONED_AT.test(left);
}

export const declineSize: Refiner = {
  name: 'change:decline-size',
  refine(ctx, figures) {
    let prev: Candidate | null = null;
    for (const f of figures) {
      if (f.kind !== 'level' || !f.unit || !FLOW_UNITS.has(f.unit) || f.value <= 0) continue;
      const other = prev && prev.sentence === f.sentence && f.start - prev.end < 60 && FROM_NEXT.test(ctx.text.slice(prev.end, f.start));
      if (!other && !isDeclineSize(ctx, f)) continue;
      toChange(f, -1, 'change:decline-size');
      prev = f;
    }
    return figures;
  },
};
