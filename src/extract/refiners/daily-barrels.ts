// Barrels written without "a day" that are still a daily rate:
// - the clause names a daily quantity before them ("cut daily crude production from 1.2 million
//   barrels to …", "cut Mexico's daily oil output by 100,000 barrels");
// - they are coordinated with a daily rate of the same size just before ("up to 11 million barrels
//   a day by September and 12 million barrels in November").
// Cargoes, stocks and spills ("loaded 1.6 million barrels") have neither and stay barrels.
import { tag, type Candidate } from '../base/candidate';
import { leftOf } from '../base/clauses';
import type { Refiner } from '../base/context';
import { QUALIFIER_TAIL } from './qualifiers';

const DAILY_BEFORE = /\bdaily\s+(?:[\w'’-]+\s+){0,3}?(?:production|output|exports?|supply|supplies|imports|shipments|flows?|loadings|throughput|runs)\b/i;
// Only coordination and comparison words between the two, no sentence or clause end.
const COORDINATED = new RegExp(String.raw`^[^.;:()]{0,50}?\b(?:and|to|from|or|versus|against|than)\s+(?:${QUALIFIER_TAIL}\s+)?$`, 'i');

export const dailyBarrels: Refiner = {
  name: 'unit:daily-barrels',
  refine(ctx, figures) {
    figures.forEach((f, i) => {
      if (f.unit !== 'bbl') return;
      const prev = figures[i - 1];
      if (DAILY_BEFORE.test(leftOf(ctx, f.start, 100)) || (prev && coordinated(ctx.text, prev, f))) {
        f.unit = 'bbl/d';
        tag(f, 'unit:daily-barrels');
      }
    });
    return figures;
  },
};

function coordinated(text: string, prev: Candidate, f: Candidate): boolean {
  if (prev.unit !== 'bbl/d' || prev.sentence !== f.sentence || f.start - prev.end > 60) return false;
  const ratio = f.value / prev.value;
  return ratio > 0.2 && ratio < 5 && COORDINATED.test(text.slice(prev.end, f.start));
}
