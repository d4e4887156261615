// A memo that lives as long as one article's context: rules that look the same thing up for many
// figures (a sentence's test, the lede's first name) compute it once per article, and the memo is
// collected with the context.
import type { ExtractContext } from './context';

/**
 * `memo(ctx, key, compute)`: compute(ctx, key) once per article and key. Pass a function defined
 * once (not a new closure per call): these memos sit on per-figure paths.
 */
export function perArticle<K, V>(): (ctx: ExtractContext, key: K, compute: (ctx: ExtractContext, key: K) => V) => V {
  const byContext = new WeakMap<ExtractContext, Map<K, V>>();
  return (ctx, key, compute) => {
    let memo = byContext.get(ctx);
    if (!memo) {
      memo = new Map();
      byContext.set(ctx, memo);
    }
    if (memo.has(key)) return memo.get(key) as V;
    const value = compute(ctx, key);
    memo.set(key, value);
    return value;
  };
}
