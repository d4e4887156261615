// A figure's features for a fitted model, as interned objects rather than strings in a Set. The
// measure and kind models describe nearly every figure by some forty named features and then look
// each name up among the weights: a Set<string> built per figure, spread into an array, and a Map
// lookup per name cost more than finding the features. Here each name is made into a Feature
// once (per table), a list takes a feature once (a stamp on the feature, not a hash), and the
// feature keeps the weights it last read for a model, so a score is a few additions per feature.
// The list keeps the order in which features were first added, as the Set did, so scores are the
// same additions in the same order: bit for bit the same sums.

/** One named feature of a table: its name, and what lists and models have cached on it. */
export interface Feature {
  readonly name: string;
  /** The generation of the list that took it last (FeatureList.add). */
  taken: number;
  /** The model whose weights `row` or `weight` hold (null: none read yet). */
  model: object | null;
  /** A model with a weight per class (the measure model): this feature's row, if it has one. */
  row: Float64Array | undefined;
  /** A model with one weight per feature (the kind model): this feature's, 0 if it has none. */
  weight: number;
}

/** The features of one model's vocabulary, each made once and found again by name. */
export class FeatureTable {
  private readonly byName = new Map<string, Feature>();

  get(name: string): Feature {
    let f = this.byName.get(name);
    if (!f) {
      // Every field set from the start, `weight` as a double: V8 then keeps one shape for all
      // features and never has to widen a field (and throw away code that read it) later.
      f = { name, taken: 0, model: null, row: undefined, weight: Number.NaN };
      this.byName.set(name, f);
    }
    return f;
  }
}

// Generations are handed out across all lists, so a stamp left by one list never reads as taken
// by another. A table's features must be gathered into one list at a time (each model fills its
// list and scores it before the next figure), which is how the extractor uses them.
let lastGeneration = 0;

/** The distinct features of one figure, in the order first added. Reused from figure to figure. */
export class FeatureList {
  readonly items: Feature[] = [];
  length = 0;
  private generation = 0;

  /** Empties the list for the next figure. */
  clear(): this {
    this.generation = ++lastGeneration;
    this.length = 0;
    return this;
  }

  add(f: Feature): void {
    if (f.taken === this.generation) return;
    f.taken = this.generation;
    this.items[this.length++] = f;
  }

  /** The features' names, in order (what the labelled sets and the fit read). */
  names(): string[] {
    const out = new Array<string>(this.length);
    for (let i = 0; i < this.length; i++) out[i] = (this.items[i] as Feature).name;
    return out;
  }
}
