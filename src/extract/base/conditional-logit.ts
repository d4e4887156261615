// A conditional logit, shared by the fitted choices (dates: which time words; subjects: which
// name): each option of a decision scores the sum of its features' weights, the options compete
// within one decision, and the highest wins. Fitted by stochastic gradient descent in a fixed
// order with a fixed schedule, so the same labelled set always gives the same weights and the
// same JSON. Where several options are right, the fit raises their summed probability.

export interface LogitModel {
  weights: Record<string, number>;
}

export interface LogitFitOptions {
  epochs: number;
  rate: number;
  l2: number;
  /** Weights smaller than this are left out of the file. */
  keep: number;
}

/** One labelled decision: each option's features and whether it is right. */
export interface LogitDecision {
  options: readonly (readonly string[])[];
  ok: readonly boolean[];
}

export const logitScore = (model: LogitModel, features: readonly string[]): number => {
  let s = 0;
  for (const f of features) s += model.weights[f] ?? 0;
  return s;
};

/** The index of the best option, the earlier of equal scores (0 when there are none). */
export function bestLogitOption(model: LogitModel, options: readonly (readonly string[])[]): number {
  let best = 0;
  let top = -Infinity;
  options.forEach((features, i) => {
    const s = logitScore(model, features);
    if (s > top) {
      top = s;
      best = i;
    }
  });
  return best;
}

export function fitConditionalLogit(train: readonly LogitDecision[], o: LogitFitOptions): LogitModel {
  const w = new Map<string, number>();
  for (let epoch = 0; epoch < o.epochs; epoch++) {
    const rate = o.rate / (1 + epoch / 10);
    for (const c of train) {
      const s = c.options.map((fs) => fs.reduce((a, f) => a + (w.get(f) ?? 0), 0));
      const max = Math.max(...s);
      const e = s.map((x) => Math.exp(x - max));
      const z = e.reduce((a, b) => a + b, 0);
      const zOk = e.reduce((a, b, i) => a + (c.ok[i] ? b : 0), 0);
      c.options.forEach((fs, i) => {
        const g = (e[i] as number) / z - (c.ok[i] ? (e[i] as number) / zOk : 0);
        for (const f of fs) {
          const v = w.get(f) ?? 0;
          w.set(f, v - rate * (g + o.l2 * v));
        }
      });
    }
  }
  const weights: Record<string, number> = {};
  for (const f of [...w.keys()].sort()) {
    const v = Math.round((w.get(f) as number) * 1000) / 1000;
    if (Math.abs(v) >= o.keep) weights[f] = v;
  }
  return { weights };
}

/** The model file: one weight per line, in the fit's (sorted) order, so diffs read feature by feature. */
export function serializeLogit(model: LogitModel): string {
  const rows = Object.entries(model.weights).map(([f, v]) => `  ${JSON.stringify(f)}: ${v}`);
  return `{\n "weights": {\n${rows.join(',\n')}\n }\n}\n`;
}
