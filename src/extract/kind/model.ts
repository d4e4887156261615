// The fitted kind model (data/models/kind.json, written by `npm run fit`): one weight per feature;
// a candidate whose features' weights sum above zero is a target, else a level. Imported as JSON
// so Node, Workers and the browser bundle load it the same way.
import fitted from '../../../data/models/kind.json';
import type { Feature, FeatureList } from '../base/feature-list';

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

/**
 * kindScore() over a feature list (base/feature-list.ts): the same sum in the same order, each
 * feature's weight found once per model and kept on the feature instead of looked up by name.
 */
export function kindScoreList(model: KindModel, features: FeatureList): number {
  const items = features.items;
  let s = 0;
  for (let k = 0; k < features.length; k++) s += weightOf(model, items[k] as Feature);
  return s;
}

function weightOf(model: KindModel, f: Feature): number {
  if (f.model !== model) {
    f.model = model;
    f.weight = mapOf(model).get(f.name) ?? 0;
  }
  return f.weight;
}
