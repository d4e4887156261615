// Dollars and cents that are a price per barrel without saying "a barrel" again: "WTI futures
// gained 41 cents to $63.17 per barrel", "Brent rose to $65". Small unscaled dollar amounts in a
// clause about barrels or naming a crude benchmark are prices, not sums of money.
import { tag, type Candidate } from '../base/candidate';
import { leftOf, rightOf } from '../base/clauses';
import type { ExtractContext, Refiner } from '../base/context';

const BARREL = /\bbarrels?\b|\bbbl\b|\b(?:oil|crude)\s+prices?\b|\bprices?\s+(?:of|for)\s+(?:oil|crude)\b/i;
// Futures talk prices oil by the barrel too, anywhere in the sentence: "The U.S. benchmark's June
// contract, now the most actively traded, fared even worse, diving $8.86 to $11.71".
const FUTURES = /\bfutures\b|\bbenchmarks?\b|\b(?:front-month|expiring|[A-Z][a-z]+)\s+contract\b/i;
const MAX_PRICE = 1000;

export const perBarrel: Refiner = {
  name: 'per-barrel',
  refine(ctx, figures) {
    figures.forEach((f, i) => {
      if (f.unit !== 'USD' || f.mult > 1 || Math.abs(f.value) >= MAX_PRICE) return;
      const clause = leftOf(ctx, f.start, 120) + rightOf(ctx, f.end, 60);
      // The sentence's names are read only when the words alone do not decide.
      if (BARREL.test(clause) || afterBarrelPrice(figures, i) || inFuturesSentence(ctx, f.sentence) || ((f.tags.includes('unit:usd') || f.tags.includes('unit:cents')) && namesBenchmark(ctx, f.sentence))) {
        f.unit = 'USD/bbl';
        tag(f, 'unit:per-barrel-context');
      }
    });
    return figures;
  },
};

function namesBenchmark(ctx: ExtractContext, sentence: number): boolean {
  return ctx.mentions(sentence).some((m) => m.entity && (m.entity.kind === 'benchmark' || m.entity.kind === 'grade'));
}

function inFuturesSentence(ctx: ExtractContext, sentence: number): boolean {
  const s = ctx.sentences[sentence];
  return s !== undefined && FUTURES.test(ctx.text.slice(s.start, s.end));
}

// "averaged $17.66 a barrel in April, down $16.05, or 47.6%": a small sum right after a price
// per barrel in the same sentence moves or compares that price.
function afterBarrelPrice(figures: Candidate[], i: number): boolean {
  const prev = figures[i - 1];
  const f = figures[i]!;
  return prev !== undefined && prev.unit === 'USD/bbl' && prev.sentence === f.sentence && f.start - prev.end <= 60;
}
