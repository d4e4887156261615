// The fitted measure model (data/models/measure.json, written by `npm run fit`): per feature, a
// weight for each measure it speaks for. A figure's measure is the one with the highest sum.
// Imported as JSON so Node, Workers and the browser bundle load it the same way.
import fitted from '../../../data/models/measure.json';
import type { Feature, FeatureList } from '../base/feature-list';
import type { Measure } from '../types';

export interface MeasureModel {
  /** The measures the model chooses among, in a fixed order (ties go to the earlier one). */
  classes: Measure[];
  /** Feature name → measure → weight; weights near zero are left out to keep the file small. */
  weights: Record<string, Partial<Record<Measure, number>>>;
}

export const measureModel = fitted as unknown as MeasureModel;

// Each feature's weights as one row in model.classes order (0 where the model has none), so a
// score is a few additions per feature instead of a lookup per class. Adding 0 where the sparse
// form skipped leaves every sum bit-for-bit the same (the sums start at +0). Kept per model
// object: a pure function of a model nobody mutates after loading or fitting.
const rowsByModel = new WeakMap<MeasureModel, Map<string, Float64Array>>();

function rowsOf(model: MeasureModel): Map<string, Float64Array> {
  let rows = rowsByModel.get(model);
  if (!rows) {
    rows = new Map();
    for (const [feature, w] of Object.entries(model.weights)) {
      rows.set(feature, Float64Array.from(model.classes, (m) => w[m] ?? 0));
    }
    rowsByModel.set(model, rows);
  }
  return rows;
}

// The classes' sums, reused from figure to figure: only the best class leaves predict(), so no
// figure needs an array of its own (allocating one per figure showed as 1-3 % of the extractor's
// time). Every figure's sums are the same additions in the same order from +0.
let scratch = new Float64Array(0);

/** The class whose features' weights sum highest (the first of equal ones, in model.classes order). */
export function predict(model: MeasureModel, features: readonly string[]): Measure {
  const rows = rowsOf(model);
  const s = cleared(model);
  for (const f of features) addRow(s, rows.get(f));
  return best(model, s);
}

/**
 * predict() over a feature list (base/feature-list.ts): the same sums in the same order, with each
 * feature's row found once per model and kept on the feature instead of looked up by name.
 */
export function predictList(model: MeasureModel, features: FeatureList): Measure {
  const s = cleared(model);
  const items = features.items;
  for (let k = 0; k < features.length; k++) addRow(s, rowOf(model, items[k] as Feature));
  return best(model, s);
}

function rowOf(model: MeasureModel, f: Feature): Float64Array | undefined {
  if (f.model !== model) {
    f.model = model;
    f.row = rowsOf(model).get(f.name);
  }
  return f.row;
}

function cleared(model: MeasureModel): Float64Array {
  const n = model.classes.length;
  if (scratch.length !== n) scratch = new Float64Array(n);
  scratch.fill(0);
  return scratch;
}

function addRow(s: Float64Array, row: Float64Array | undefined): void {
  if (!row) return;
  for (let i = 0; i < s.length; i++) s[i] = (s[i] as number) + (row[i] as number);
}

function best(model: MeasureModel, s: Float64Array): Measure {
  let top = 0;
  for (let i = 1; i < s.length; i++) if ((s[i] as number) > (s[top] as number)) top = i;
  return model.classes[top] ?? 'other';
}
