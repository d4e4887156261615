// "a budget of 198.9 trillion dinars ($153 billion)": the bracketed sum is the same plan, so it
// takes the kind the figure before it was given (base/bracketed.ts).
import { tag } from '../base/candidate';
import { restatesInBrackets } from '../base/bracketed';
import type { Refiner } from '../base/context';

export const bracketed: Refiner = {
  name: 'bracketed',
  refine(ctx, figures) {
    for (let i = 1; i < figures.length; i++) {
      const a = figures[i - 1]!;
      const b = figures[i]!;
      if (a.kind === b.kind || (a.kind !== 'target' && b.kind !== 'target') || !restatesInBrackets(ctx.text, a, b)) continue;
      b.kind = a.kind;
      b.approx ||= a.approx;
      tag(b, 'restates:bracketed');
    }
    return figures;
  },
};
