// "between 310,000 and 335,000 bpd", "140,000-165,000 bpd", "from 470,000 to 520,000 bpd":
// two numbers, the unit written once → one figure with low/high and the midpoint as value.
import { tag, type Candidate } from '../base/candidate';
import type { Refiner } from '../base/context';
import { readSuffix } from '../base/units';
import { leftOf } from '../base/clauses';

const DASH = /^\s*(?:-|–|—|to)\s*$/i;
const AND = /^\s+and\s+$/i;
const BETWEEN = /\bbetween\s+$/i;
const FROM = /\bfrom\s+$/i;
// A price moved by someone ("cut its OSP $1.10 to $2"): the first sum is the move, not a bound.
const PRICE_MOVE = /\b(?:cut|cuts|raised|raises|lowered|lowers|trimmed|trims|hiked|hikes|reduced|lifted|increased|decreased)\b/i;
const CHANGE_BEFORE = /\b(?:rose|risen|fell|fallen|up|down|increased|decreased|dropped|gained|lost|climbed|declined|by)\s+$/i;

export const ranges: Refiner = {
  name: 'range',
  refine(ctx, figures) {
    for (let i = 0; i + 1 < figures.length; i++) {
      const a = figures[i] as Candidate;
      const b = figures[i + 1] as Candidate;
      if (a.drop || a.sentence !== b.sentence) continue;
      const gap = ctx.text.slice(a.end, b.start);
      // "$60-62 a barrel": the currency is written once, before the first number.
      if (a.unit && !b.unit && (a.unit === 'USD' || a.unit === 'IQD') && DASH.test(gap) && !/^\s*to\s*$/i.test(gap)) {
        const r = readSuffix(ctx.text, b.numEnd, a.unit);
        b.unit = r.unit;
        b.mult = r.mult;
        b.value = b.raw * r.mult;
        b.end = r.end;
        b.tags.push(...r.tags);
        if (a.mult === 1 && r.mult > 1) a.value = a.raw * r.mult;
        a.mult = r.mult;
        a.unit = r.unit;
      }
      const lead = ctx.text.slice(Math.max(0, a.start - 12), a.start);
      // "discounts of $4 to $5 a barrel": two prices of one size, each with its "$", the per-barrel
      // words written once after the second. Not "up $1 to $60" (a change and its level: far apart).
      // "between $30 and $40 a barrel" and "$30-$40 a barrel" say they are ranges, whatever the sizes.
      const twoPrices = a.unit === 'USD' && b.unit === 'USD/bbl' && a.mult === b.mult && a.tags.includes('unit:usd') &&
        b.tags.includes('unit:usd') && a.value < b.value;
      const priceRange = twoPrices && ((AND.test(gap) && BETWEEN.test(lead)) || (DASH.test(gap) && !/^\s*to\s*$/i.test(gap)) ||
        (/^\s+to\s+$/i.test(gap) && !CHANGE_BEFORE.test(lead) && b.value <= 2 * a.value && !PRICE_MOVE.test(leftOf(ctx, a.start, 40))));
      if (priceRange) a.unit = 'USD/bbl';
      if (!b.unit || (a.unit && (a.unit !== b.unit || a.mult !== b.mult))) continue;
      // "rose 90 cents to $55.54" is a change and a level; "to" makes a range only after "from"
      // or between two numbers that share one unit ("250,000 to 260,000 bpd").
      const to = /^\s+to\s+$/i.test(gap);
      const dash = DASH.test(gap) && !to;
      const joined = dash || priceRange || (AND.test(gap) && BETWEEN.test(lead)) || (to && (FROM.test(lead) || (!a.unit && !CHANGE_BEFORE.test(lead))));
      if (!joined) continue;
      // "1.5-2 million bpd": the first number borrows the scale written after the second.
      const low = a.mult === 1 && b.mult > 1 && a.raw <= b.raw ? a.raw * b.mult : a.value;
      // "from 300,000 to 250,000" is a fall, not a range; the first number is a level of its own.
      if (low > b.value) continue;
      b.low = low;
      b.high = b.value;
      b.value = (low + b.value) / 2;
      b.start = a.start;
      b.numStart = a.numStart;
      b.tags = [...new Set([...a.tags, ...b.tags])];
      tag(b, 'range');
      a.drop = true;
    }
    return figures.filter((f) => !f.drop);
  },
};
