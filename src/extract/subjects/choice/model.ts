// The fitted subject model (data/models/subjects.json, written by `npm run fit`): a weight per
// named feature; an option's score is the sum of its features' weights, the best option wins.
// Imported as JSON so Node, Workers and the browser bundle load it the same way.
import fitted from '../../../../data/models/subjects.json';

export interface SubjectModel {
  weights: Record<string, number>;
}

export const subjectModel = fitted as unknown as SubjectModel;

export const optionScore = (model: SubjectModel, features: readonly string[]): number => {
  let s = 0;
  for (const f of features) s += model.weights[f] ?? 0;
  return s;
};

/** The best option by the model, the earlier of equal scores. */
export function pickOption(model: SubjectModel, features: readonly (readonly string[])[]): number | null {
  let best: number | null = null;
  let top = -Infinity;
  features.forEach((list, i) => {
    const s = optionScore(model, list);
    if (s > top) {
      top = s;
      best = i;
    }
  });
  return best;
}
