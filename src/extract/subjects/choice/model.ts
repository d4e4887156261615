// The fitted subject model (data/models/subjects.json, written by `npm run fit`): a weight per
// named feature; an option's score is the sum of its features' weights, the best option wins.
// Imported as JSON so Node, Workers and the browser bundle load it the same way.
import fitted from '../../../../data/models/subjects.json';
import { bestLogitOption, logitScore, type LogitModel } from '../../base/conditional-logit';

export type SubjectModel = LogitModel;

export const subjectModel = fitted as unknown as SubjectModel;

export const optionScore = logitScore;

/** The best option by the model, the earlier of equal scores; null when there is none. */
export const pickOption = (model: SubjectModel, features: readonly (readonly string[])[]): number | null =>
  features.length ? bestLogitOption(model, features) : null;
