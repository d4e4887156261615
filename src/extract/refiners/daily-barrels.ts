// Barrels written without "a day" that are still a daily rate:
// - the clause names a daily quantity before them ("cut daily crude production from 1.2 million
//   barrels to …", "trim Velmar's daily crude output by 40,000 barrels");
// - output crosses them as a threshold ("pumping now tops the million-barrel mark");
// - output is cut or capped by them ("will trim its output by a further 40,000 barrels");
// - they are the size a daily decline named just before grows to ("the drop may deepen to
//   8 million barrels");
// - they are coordinated with a daily rate of the same size just before ("to 9 million barrels
//   a day by March and 9.5 million barrels by June").
// Cargoes, stocks and spills ("loaded 1.6 million barrels") have neither and stay barrels.
import { tag, type Candidate } from '../base/candidate';
import { leftOf } from '../base/clauses';
import type { ExtractContext, Refiner } from '../base/context';
import { isDeclineSize } from './decline-size';
import { QUALIFIER_TAIL } from './qualifiers';

// Output cut or capped in barrels is a daily rate too: "Velmar will trim its production by a
// further 40,000 barrels", "Orlin's output quota was fixed at 60,000 barrels for the quarter".
// Both words in the clause before the figure; a month's output in barrels ("output totalled
// 30 million barrels in March") has no cut or quota and stays a volume.
const OUTPUT_WORD = /\b(?:production|output)\b/i;
const CUT_OR_QUOTA = /\b(?:quotas?|cut|cuts|cutting|reduc(?:e|es|ed|ing|tions?)|lower(?:s|ed|ing)?|curb(?:s|ed|ing)?|trim(?:s|med|ming)?)\b/i;
// …and the barrels are the cut's or the quota's size, right after its preposition: "after a leak
// spilled 2,000 barrels" in a clause about cut output is a spill.
const AMOUNT_OF = new RegExp(String.raw`\b(?:by|at|of|to|another|further)\s+(?:${QUALIFIER_TAIL}\s+)?$`, 'i');
// "pumping now tops the million-barrel mark": a threshold that output crosses is a daily rate.
const MARK_AFTER = /^[\s-]*(?:a\s+day\s+|per\s+day\s+|daily\s+)?(?:level|mark|threshold|milestone|barrier)\b/i;
const DAILY_BEFORE = /\bdaily\s+(?:[\w'’-]+\s+){0,3}?(?:production|output|exports?|supply|supplies|imports|shipments|flows?|loadings|throughput|runs)\b/i;
// Only coordination and comparison words between the two, no sentence or clause end.
// "275,000 barrels a day on Wednesday, compared with 560,000 barrels before" compares them too.
const COORDINATED = new RegExp(String.raw`^[^.;:()]{0,50}?\b(?:and|to|from|or|versus|against|than|compared\s+with|in\s+comparison\s+with)\s+(?:${QUALIFIER_TAIL}\s+)?$`, 'i');

export const dailyBarrels: Refiner = {
  name: 'unit:daily-barrels',
  refine(ctx, figures) {
    figures.forEach((f, i) => {
      if (f.unit !== 'bbl') return;
      const prev = figures[i - 1];
      const left = leftOf(ctx, f.start, 100);
      const mark = OUTPUT_WORD.test(left) && MARK_AFTER.test(ctx.text.slice(f.end, f.end + 30));
      if (mark || DAILY_BEFORE.test(left) || (OUTPUT_WORD.test(left) && CUT_OR_QUOTA.test(left) && AMOUNT_OF.test(left)) || (prev && (coordinated(ctx.text, prev, f) || widensDecline(ctx, prev, f)))) {
        f.unit = 'bbl/d';
        tag(f, 'unit:daily-barrels');
      }
    });
    return figures;
  },
};

// "Demand will fall by 6.8 million barrels a day this year. The decline could widen to 12 million
// barrels in the second quarter": the decline named just before is a daily rate, and so is its size.
function widensDecline(ctx: ExtractContext, prev: Candidate, f: Candidate): boolean {
  if (prev.unit !== 'bbl/d' || prev.sentence < f.sentence - 1 || f.start - prev.end > 300) return false;
  const ratio = f.value / prev.value;
  return Math.abs(ratio) > 0.2 && Math.abs(ratio) < 5 && isDeclineSize(ctx, f);
}

function coordinated(text: string, prev: Candidate, f: Candidate): boolean {
  if (prev.unit !== 'bbl/d' || prev.sentence !== f.sentence || f.start - prev.end > 60) return false;
  const ratio = f.value / prev.value;
  return ratio > 0.2 && ratio < 5 && COORDINATED.test(text.slice(prev.end, f.start));
}
