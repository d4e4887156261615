// Fitting the kind model: a logistic regression (target against level) over the named features,
// trained by stochastic gradient descent in a fixed order with a fixed schedule, so the same
// labelled set always gives the same weights and the same JSON. The fit also chooses which
// hand-cue families the model decides: those where, on held-out articles, it is right more often
// than the hand rules; the hand rules keep the rest (kind/decide.ts).
import type { LabelledKind } from './labelled';
import { isTarget, type KindModel } from './model';

export interface KindFitOptions {
  epochs: number;
  rate: number;
  l2: number;
  /** Weights smaller than this are left out of the file. */
  keep: number;
}

export const KIND_FIT_DEFAULTS: KindFitOptions = { epochs: 40, rate: 0.1, l2: 3e-3, keep: 0.02 };

/** Weights only: `decides` is chosen afterwards from held-out articles (chooseDecides). */
export function fitWeights(examples: readonly LabelledKind[], o: KindFitOptions = KIND_FIT_DEFAULTS): Record<string, number> {
  const w = new Map<string, number>();
  for (let epoch = 0; epoch < o.epochs; epoch++) {
    const rate = o.rate / (1 + epoch / 10);
    for (const e of examples) {
      let s = 0;
      for (const f of e.features) s += w.get(f) ?? 0;
      const g = 1 / (1 + Math.exp(-s)) - (e.target ? 1 : 0);
      for (const f of e.features) {
        const v = w.get(f) ?? 0;
        w.set(f, v - rate * (g + o.l2 * v));
      }
    }
  }
  const out: Record<string, number> = {};
  for (const f of [...w.keys()].sort()) {
    const v = Math.round((w.get(f) as number) * 1000) / 1000;
    if (Math.abs(v) >= o.keep) out[f] = v;
  }
  return out;
}

/** What the extractor decides for one example with this model (hand rules outside `decides`). */
export const decided = (model: KindModel, e: LabelledKind): boolean => (model.decides.includes(e.family) ? isTarget(model, e.features) : e.hand);

/** Each example with the model's reading of it (every family decided by the model) when fitted without `held(e)`'s group. */
export function heldOut(examples: readonly LabelledKind[], group: (e: LabelledKind) => string, o: KindFitOptions = KIND_FIT_DEFAULTS): [LabelledKind, boolean][] {
  const out: [LabelledKind, boolean][] = [];
  for (const g of [...new Set(examples.map(group))]) {
    const model: KindModel = { weights: fitWeights(examples.filter((e) => group(e) !== g), o), decides: [] };
    for (const e of examples) if (group(e) === g) out.push([e, isTarget(model, e.features)]);
  }
  return out;
}

export const byArticle = (e: LabelledKind): string => `${e.set}/${e.article}`;
export const bySet = (e: LabelledKind): string => e.set;

// Hand readings that are exact by construction, whatever the counts say: a facility's size
// written before its name, a sum restated in brackets (it takes the kind of the figure before it
// in refiners/bracketed.ts), a part named after its plan ("…, including N").
export const EXACT_FAMILIES: readonly string[] = ['facility-size', 'restates', 'part-of-plan'];

/** The families where the held-out model is right strictly more often than the hand rules. */
export function chooseDecides(held: readonly [LabelledKind, boolean][]): string[] {
  const gain = new Map<string, number>();
  for (const [e, t] of held) if (!EXACT_FAMILIES.includes(e.family)) gain.set(e.family, (gain.get(e.family) ?? 0) + (t === e.target ? 1 : 0) - (e.hand === e.target ? 1 : 0));
  return [...gain].filter(([, g]) => g > 0).map(([f]) => f).sort();
}

export function fitKinds(examples: readonly LabelledKind[], o: KindFitOptions = KIND_FIT_DEFAULTS): KindModel {
  return { weights: fitWeights(examples, o), decides: chooseDecides(heldOut(examples, byArticle, o)) };
}

/** The model file's text: one feature per line, so a refit's diff reads feature by feature. */
export function serializeKindModel(model: KindModel): string {
  const rows = Object.entries(model.weights).map(([f, w]) => `  ${JSON.stringify(f)}: ${w}`);
  return `{\n "decides": ${JSON.stringify(model.decides)},\n "weights": {\n${rows.join(',\n')}\n }\n}\n`;
}

export interface KindScore {
  right: number;
  total: number;
  /** Targets read as levels, levels read as targets. */
  missedTargets: number;
  falseTargets: number;
}

export function scoreKinds(pairs: readonly [LabelledKind, boolean][]): KindScore {
  const s: KindScore = { right: 0, total: pairs.length, missedTargets: 0, falseTargets: 0 };
  for (const [e, t] of pairs) {
    if (t === e.target) s.right++;
    else if (e.target) s.missedTargets++;
    else s.falseTargets++;
  }
  return s;
}
