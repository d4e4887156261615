// Fitting the subject model: a conditional logit (base/conditional-logit.ts) over each figure's
// candidates. Several candidates may give a right subject (the same thing named twice, a keyword
// several labels contain).
import { fitConditionalLogit, serializeLogit, type LogitFitOptions } from '../../base/conditional-logit';
import { decideLabelled, evaluatePicks, handPicksOf, leaveOneArticleOut, leaveOneSetOut, modelPicksOf, type PickEvaluation } from '../../base/labelled-decisions';
import type { LabelledSubject } from './labelled';
import type { SubjectModel } from './model';

export type SubjectFitOptions = LogitFitOptions;

// Chosen by leave-one-article-out accuracy on devreal and train14 among a few settings (l2 3e-4 to
// 1e-2, 40 or 80 epochs, rate 0.2 or 0.5, with and without the "hand" feature): l2 1e-2 only
// copies the hand pick; none beats the hand rules by more than a figure on held-out articles.
export const SUBJECT_FIT_DEFAULTS: SubjectFitOptions = { epochs: 40, rate: 0.2, l2: 3e-3, keep: 0.02 };

/** The figures the model learns from: more than one candidate, some right and some wrong. */
const learnable = (c: LabelledSubject) => !c.exact && c.ok.some(Boolean) && !c.ok.every(Boolean);

export function fitSubjects(choices: readonly LabelledSubject[], o: SubjectFitOptions = SUBJECT_FIT_DEFAULTS): SubjectModel {
  return fitConditionalLogit(choices.filter(learnable), o);
}

export const serializeSubjectModel: (model: SubjectModel) => string = serializeLogit;

/** The candidate the extractor would take: the hand pick where there is one candidate, else the model's best. */
export const decideSubject: (model: SubjectModel, c: LabelledSubject) => number = decideLabelled;

export type SubjectEvaluation = PickEvaluation;
export const evaluateSubjects: (picks: readonly [LabelledSubject, number][]) => SubjectEvaluation = evaluatePicks;
export const handSubjects: (choices: readonly LabelledSubject[]) => [LabelledSubject, number][] = handPicksOf;
export const modelSubjects: (model: SubjectModel, choices: readonly LabelledSubject[]) => [LabelledSubject, number][] = modelPicksOf;

/** Each article's figures decided by a model fitted on every other article. */
export const leaveOneArticleOutSubjects = (choices: readonly LabelledSubject[], o: SubjectFitOptions = SUBJECT_FIT_DEFAULTS): [LabelledSubject, number][] =>
  leaveOneArticleOut(choices, (train) => fitSubjects(train, o));

/** Each set's figures decided by a model fitted on the other sets. */
export const leaveOneSetOutSubjects = (choices: readonly LabelledSubject[], o: SubjectFitOptions = SUBJECT_FIT_DEFAULTS): [LabelledSubject, number][] =>
  leaveOneSetOut(choices, (train) => fitSubjects(train, o));
