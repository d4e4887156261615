// Sums of money that are no oil or economic series: a reward or bounty offered, a ransom
// demanded, bail set ("offered a $5 million reward", "a ransom of $2 million"). The noun sits
// right beside the sum. Fines, damages and compensation stay: a tribunal's award is a figure the
// gold sets list (dates/document-date.ts dates it).
import { leftOf, rightOf } from '../base/clauses';
import type { Refiner } from '../base/context';

const NOUN = String.raw`(?:reward|bounty|ransom|bail)`;
const AFTER = new RegExp(String.raw`^\s*${NOUN}\b`, 'i');
const BEFORE = new RegExp(String.raw`\b${NOUN}\s+of\s+(?:(?:about|some|nearly|almost|more\s+than|up\s+to|roughly|over)\s+)?(?:US|U\.S\.)?$`, 'i');

export const nonEconomicSums: Refiner = {
  name: 'non-economic-sums',
  refine(ctx, figures) {
    // One look at the whole text: most articles offer no reward, ransom or bail.
    const text = ctx.text;
    if (!text.includes('ward') && !text.includes('ounty') && !text.includes('ansom') && !/[Bb]ail/.test(text)) return figures;
    return figures.filter((f) => {
      if (f.unit !== 'USD') return true;
      if (AFTER.test(rightOf(ctx, f.end, 20))) return false;
      // Cheap gate: the pattern only where one of its nouns stands before the sum.
      const left = leftOf(ctx, f.start, 50);
      return !(left.includes('ward') || left.includes('ounty') || left.includes('ansom') || /[Bb]ail/.test(left)) || !BEFORE.test(left);
    });
  },
};
