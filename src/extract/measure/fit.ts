// Fitting the measure model: a multinomial logistic regression over the named features, trained
// by stochastic gradient descent in a fixed order with a fixed schedule, so the same examples
// always give the same weights (and the same JSON). Plain TypeScript, no dependencies.
import { MEASURES, type Measure } from '../types';
import { predict, type MeasureModel } from './model';
import type { Example } from './labelled';

export interface FitOptions {
  epochs: number;
  rate: number;
  l2: number;
  /** Weights smaller than this are left out of the file, which keeps it small for the browser. */
  keep: number;
}

// Chosen by leave-one-article-out accuracy among a few settings (0.87-0.89 for all of them).
export const FIT_DEFAULTS: FitOptions = { epochs: 60, rate: 0.3, l2: 3e-3, keep: 0.05 };

/** Every measure but `share`, which the hand rule decides from the figure's kind. */
export const MODEL_CLASSES: Measure[] = MEASURES.filter((m) => m !== 'share');

export function fit(examples: readonly Example[], o: FitOptions = FIT_DEFAULTS): MeasureModel {
  const classes = MODEL_CLASSES;
  const k = classes.length;
  const train = examples.filter((e) => e.exact === null);
  const weights = new Map<string, Float64Array>();
  const row = (f: string) => {
    let w = weights.get(f);
    if (!w) weights.set(f, (w = new Float64Array(k)));
    return w;
  };
  const p = new Float64Array(k);
  for (let epoch = 0; epoch < o.epochs; epoch++) {
    const rate = o.rate / (1 + epoch / 10);
    for (const e of train) {
      const rows = e.features.map(row);
      let max = -Infinity;
      for (let j = 0; j < k; j++) {
        let s = 0;
        for (const w of rows) s += w[j] as number;
        p[j] = s;
        if (s > max) max = s;
      }
      let sum = 0;
      for (let j = 0; j < k; j++) sum += p[j] = Math.exp((p[j] as number) - max);
      const gold = classes.indexOf(e.measure);
      for (let j = 0; j < k; j++) {
        const g = (p[j] as number) / sum - (j === gold ? 1 : 0);
        for (const w of rows) w[j] = (w[j] as number) - rate * (g + o.l2 * (w[j] as number));
      }
    }
  }
  const out: MeasureModel['weights'] = {};
  for (const f of [...weights.keys()].sort()) {
    const w = weights.get(f) as Float64Array;
    const kept: Partial<Record<Measure, number>> = {};
    classes.forEach((m, j) => {
      const v = Math.round((w[j] as number) * 1000) / 1000;
      if (Math.abs(v) >= o.keep) kept[m] = v;
    });
    if (Object.keys(kept).length) out[f] = kept;
  }
  return { classes, weights: out };
}

/** The model file's text: one feature per line, so a refit's diff reads feature by feature. */
export function serialize(model: MeasureModel): string {
  const rows = Object.entries(model.weights).map(([f, w]) => `  ${JSON.stringify(f)}: ${JSON.stringify(w)}`);
  return `{\n "classes": ${JSON.stringify(model.classes)},\n "weights": {\n${rows.join(',\n')}\n }\n}\n`;
}

/** The decision the extractor makes: hand rule first, else the model. */
export const decide = (model: MeasureModel, e: Example): Measure => e.exact ?? predict(model, e.features);

export interface Evaluation {
  accuracy: number;
  total: number;
  /** "gold → predicted" → count, for the wrong ones. */
  confusions: Map<string, number>;
}

export function evaluate(model: MeasureModel, examples: readonly Example[]): Evaluation {
  return score(examples.map((e) => [e, decide(model, e)]));
}

/** Leave one article out: each article's figures decided by a model fitted on all the others. */
export function leaveOneArticleOut(examples: readonly Example[], o: FitOptions = FIT_DEFAULTS): Evaluation {
  const articles = [...new Set(examples.map((e) => e.article))];
  const decided: [Example, Measure][] = [];
  for (const a of articles) {
    const model = fit(examples.filter((e) => e.article !== a), o);
    for (const e of examples) if (e.article === a) decided.push([e, decide(model, e)]);
  }
  return score(decided);
}

function score(decided: [Example, Measure][]): Evaluation {
  const confusions = new Map<string, number>();
  let right = 0;
  for (const [e, m] of decided) {
    if (m === e.measure) right++;
    else confusions.set(`${e.measure} → ${m}`, (confusions.get(`${e.measure} → ${m}`) ?? 0) + 1);
  }
  return { accuracy: decided.length ? right / decided.length : 0, total: decided.length, confusions };
}
