// A rate named again by its sum alone ("a provisional cost of $16 a barrel … Producers say the $16
// figure is too low") is the same rate: it takes the per-barrel unit and the kind of the figure it
// repeats. Only "the $N" before a noun that names a figure (figure, price, rate, cost, fee, …), and
// only when a per-barrel figure of that value was stated earlier in the text.
import { tag } from '../base/candidate';
import type { Refiner } from '../base/context';

const THE_BEFORE = /\bthe\s+$/i;
const FIGURE_NOUN = /^[\s-]+(?:a[\s-]+barrel\s+)?(?:figure|price|rate|level|mark|cost|fee|tariff|charge|payment|benchmark|threshold)\b/i;

export const restatedRate: Refiner = {
  name: 'unit:restated-rate',
  refine(ctx, figures) {
    figures.forEach((f, i) => {
      if (f.unit !== 'USD' || f.value >= 1000 || f.per !== null) return;
      if (!THE_BEFORE.test(ctx.text.slice(Math.max(0, f.start - 8), f.start)) || !FIGURE_NOUN.test(ctx.text.slice(f.end, f.end + 24))) return;
      for (let j = i - 1; j >= 0; j--) {
        const g = figures[j]!;
        if (g.unit !== 'USD/bbl' || Math.abs(g.value - f.value) > 0.01 * f.value) continue;
        f.unit = 'USD/bbl';
        f.kind = g.kind;
        tag(f, 'unit:restated-rate');
        return;
      }
    });
    return figures;
  },
};
