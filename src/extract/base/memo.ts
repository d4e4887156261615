// A memo that lives as long as one article's context: rules that look the same thing up for many
// figures (a sentence's test, the lede's first name) compute it once per article, and the memo is
// collected with the context.
import type { ExtractContext } from './context';

// Each memo's slot in ctx.memos, handed out as the modules defining memos load (and never after):
// an array read per lookup instead of a WeakMap keyed by the context, which showed as a few
// percent of the extractor's time on its own (these lookups sit on per-figure paths).
let slots = 0;

/**
 * `memo(ctx, key, compute)`: compute(ctx, key) once per article and key. Pass a function defined
 * once (not a new closure per call): these memos sit on per-figure paths.
 */
export function perArticle<K, V>(): (ctx: ExtractContext, key: K, compute: (ctx: ExtractContext, key: K) => V) => V {
  const slot = slots++;
  return (ctx, key, compute) => {
    let memo = ctx.memos[slot] as Map<K, V> | undefined;
    if (!memo) {
      memo = new Map();
      ctx.memos[slot] = memo;
    }
    const known = memo.get(key);
    if (known !== undefined || memo.has(key)) return known as V;
    const value = compute(ctx, key);
    memo.set(key, value);
    return value;
  };
}

/**
 * `memo(ctx, sentence, compute)`: perArticle for a key that is a sentence's index, kept in an
 * array read by index instead of a Map hashing the key: the sentence annotations (words, clause
 * breaks, word families) are looked up several times for every figure. `compute` never returns
 * undefined (undefined means not computed yet).
 */
export function perSentence<V>(): (ctx: ExtractContext, sentence: number, compute: (ctx: ExtractContext, sentence: number) => V) => V {
  const slot = slots++;
  return (ctx, sentence, compute) => {
    let memo = ctx.memos[slot] as (V | undefined)[] | undefined;
    if (!memo) {
      // Sized once, so a write at a late index never turns the array into a dictionary.
      memo = new Array<V | undefined>(ctx.sentences.length);
      ctx.memos[slot] = memo;
    }
    let value = memo[sentence];
    if (value === undefined) {
      value = compute(ctx, sentence);
      memo[sentence] = value;
    }
    return value;
  };
}
