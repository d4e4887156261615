// The fitted kind model (data/models/kind.json, written by `npm run fit`): one weight per feature;
// a candidate whose features' weights sum above zero is a target, else a level. Imported as JSON
// so Node, Workers and the browser bundle load it the same way.
import fitted from '../../../data/models/kind.json';

export interface KindModel {
  /** Feature name → weight towards `target`; weights near zero are left out of the file. */
  weights: Record<string, number>;
  /** The hand-cue families (kind/cue-family.ts, 'none' for no cue) the model decides; the hand rules keep the rest. */
  decides: string[];
}

export const kindModel = fitted as unknown as KindModel;

// The weights as a Map per model object: a plain object's lookup of a missing name walks its
// prototype, and most features of a figure have no weight.
const maps = new WeakMap<KindModel, Map<string, number>>();
const mapOf = (model: KindModel): Map<string, number> => {
  let m = maps.get(model);
  if (!m) maps.set(model, (m = new Map(Object.entries(model.weights))));
  return m;
};

/** The sum of the features' weights: above zero reads as a target. */
export function kindScore(model: KindModel, features: readonly string[]): number {
  const w = mapOf(model);
  let s = 0;
  for (const f of features) s += w.get(f) ?? 0;
  return s;
}

export const isTarget = (model: KindModel, features: readonly string[]): boolean => kindScore(model, features) > 0;
