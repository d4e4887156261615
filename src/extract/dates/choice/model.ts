// The fitted date model (data/models/dates.json, written by `npm run fit`): a weight per named
// feature; each option of a figure scores the sum of its features' weights and the highest wins
// (a conditional logit: options compete within one figure, not against a fixed set of classes).
import fitted from '../../../../data/models/dates.json';
import type { TimePick } from './options';

export interface DateModel {
  weights: Record<string, number>;
}

export const dateModel = fitted as unknown as DateModel;

export const optionScore = (model: DateModel, features: readonly string[]): number =>
  features.reduce((s, f) => s + (model.weights[f] ?? 0), 0);

/** The best option by the model; the last feature list is "none", which picks null. */
export function pickOption(model: DateModel, features: readonly string[][]): TimePick {
  let best = 0;
  let top = -Infinity;
  features.forEach((list, i) => {
    const s = optionScore(model, list);
    if (s > top) {
      top = s;
      best = i;
    }
  });
  return best === features.length - 1 ? null : best;
}
