// What the fitted choices (dates, subjects) do with their labelled decisions beside fitting:
// the pick the extractor would make, how many picks are right, and the held-out picks by article
// and by set. Each choice keeps its own labelled type, what it learns from and its settings.
import { bestLogitOption, type LogitModel } from './conditional-logit';

/** One labelled decision of an article, as `npm run label-*` writes it. */
export interface LabelledDecision {
  set: string;
  article: string;
  options: string[][];
  ok: boolean[];
  /** The hand rules' pick. */
  hand: number;
  /** The hand pick is certain: the model is not asked. */
  exact: boolean;
}

/** The option the extractor would take: the hand pick where it is exact, else the model's best. */
export const decideLabelled = (model: LogitModel, d: LabelledDecision): number => (d.exact ? d.hand : bestLogitOption(model, d.options));

export interface PickEvaluation {
  right: number;
  total: number;
}

export const evaluatePicks = <D extends LabelledDecision>(picks: readonly [D, number][]): PickEvaluation => ({
  right: picks.filter(([d, i]) => d.ok[i]).length,
  total: picks.length,
});

export const handPicksOf = <D extends LabelledDecision>(decisions: readonly D[]): [D, number][] => decisions.map((d) => [d, d.hand]);

export const modelPicksOf = <D extends LabelledDecision>(model: LogitModel, decisions: readonly D[]): [D, number][] =>
  decisions.map((d) => [d, decideLabelled(model, d)]);

/** Each group's decisions decided by a model fitted on every other group's. */
function heldOutBy<D extends LabelledDecision>(decisions: readonly D[], group: (d: D) => string, fit: (train: readonly D[]) => LogitModel): [D, number][] {
  const out: [D, number][] = [];
  for (const g of [...new Set(decisions.map(group))]) {
    const model = fit(decisions.filter((d) => group(d) !== g));
    for (const d of decisions) if (group(d) === g) out.push([d, decideLabelled(model, d)]);
  }
  return out;
}

/** Each article's decisions by a model fitted on every other article. */
export const leaveOneArticleOut = <D extends LabelledDecision>(decisions: readonly D[], fit: (train: readonly D[]) => LogitModel): [D, number][] =>
  heldOutBy(decisions, (d) => `${d.set}/${d.article}`, fit);

/** Each set's decisions by a model fitted on the other sets: how it carries to writing it never saw. */
export const leaveOneSetOut = <D extends LabelledDecision>(decisions: readonly D[], fit: (train: readonly D[]) => LogitModel): [D, number][] =>
  heldOutBy(decisions, (d) => d.set, fit);
