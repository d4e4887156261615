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
