// A sensitivity names a unit step, not a price anyone paid: "each $1 change in the price moves
// revenue by …", "every $10 rise in crude". The step is dropped; what it moves is judged alone.
import type { Refiner } from '../base/context';

const EACH_BEFORE = /\b(?:each|every|per)\s+$/i;
const STEP_AFTER = /^\s*(?:(?:a|per)\s+barrel\s+)?(?:change|move|movement|swing|shift|rise|increase|drop|decline|fall|increment)\b/i;

export const sensitivities: Refiner = {
  name: 'sensitivities',
  refine(ctx, figures) {
    return figures.filter((f) => {
      if (f.unit !== 'USD' && f.unit !== 'USD/bbl' && f.unit !== '%') return true;
      return !(EACH_BEFORE.test(ctx.text.slice(Math.max(0, f.start - 8), f.start)) && STEP_AFTER.test(ctx.text.slice(f.end, f.end + 30)));
    });
  },
};
