// The fitted measure model (data/models/measure.json, written by `npm run fit`): per feature, a
// weight for each measure it speaks for. A figure's measure is the one with the highest sum.
// Imported as JSON so Node, Workers and the browser bundle load it the same way.
import fitted from '../../../data/models/measure.json';
import type { Measure } from '../types';

export interface MeasureModel {
  /** The measures the model chooses among, in a fixed order (ties go to the earlier one). */
  classes: Measure[];
  /** Feature name → measure → weight; weights near zero are left out to keep the file small. */
  weights: Record<string, Partial<Record<Measure, number>>>;
}

export const measureModel = fitted as unknown as MeasureModel;

/** Score of every class for a feature list, in model.classes order. */
export function scores(model: MeasureModel, features: readonly string[]): number[] {
  const out = model.classes.map(() => 0);
  for (const f of features) {
    const w = model.weights[f];
    if (!w) continue;
    model.classes.forEach((m, i) => {
      const v = w[m];
      if (v !== undefined) out[i] = (out[i] as number) + v;
    });
  }
  return out;
}

export function predict(model: MeasureModel, features: readonly string[]): Measure {
  const s = scores(model, features);
  let best = 0;
  for (let i = 1; i < s.length; i++) if ((s[i] as number) > (s[best] as number)) best = i;
  return model.classes[best] ?? 'other';
}
