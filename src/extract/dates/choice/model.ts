// The fitted date model (data/models/dates.json, written by `npm run fit`): a weight per named
// feature; each option of a figure scores the sum of its features' weights and the highest wins
// (a conditional logit: options compete within one figure, not against a fixed set of classes).
import fitted from '../../../../data/models/dates.json';
import { bestLogitOption, logitScore, type LogitModel } from '../../base/conditional-logit';
import type { TimePick } from './options';

export type DateModel = LogitModel;

export const dateModel = fitted as unknown as DateModel;

export const optionScore = logitScore;

/** The best option by the model; the last feature list is "none", which picks null. */
export function pickOption(model: DateModel, features: readonly string[][]): TimePick {
  const best = bestLogitOption(model, features);
  return best === features.length - 1 ? null : best;
}
