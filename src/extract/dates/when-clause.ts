// "Revenue was up from $7.66 billion in July, when exports averaged 3.31 million bpd": a figure
// inside a ", when …" clause holds at the time named just before "when", not at the sentence's
// other time words (or the publication day).
import type { ExtractContext } from '../base/context';
import type { TimeExpr } from './time-spec';
import { prefixLength } from '../base/search';

// A clause is short; a figure farther than this from its "when" belongs to what follows.
const REACH = 100;

/**
 * The time words that end right before the ", when" clause a figure starting at `start` sits in
 * (findTimes marks them), and where the clause begins; null when the figure is not inside such a
 * clause (a comma or semicolon closes it).
 */
export function whenClause(ctx: ExtractContext, sentence: number, start: number): { t: TimeExpr; at: number } | null {
  if (!ctx.opensWhen(sentence)) return null;
  const times = ctx.times(sentence);
  // The time words before the figure, by binary search (times are in text order): a run-on
  // sentence of thousands of them must not be walked once per figure.
  for (let i = prefixLength(times, (d) => d.end < start) - 1; i >= 0; i--) {
    const t = times[i] as TimeExpr;
    if (start - t.end > REACH) return null;
    if (!t.opensWhen) continue;
    if (t.role === 'speech') return null;
    for (let k = t.end + 7; k < start; k++) {
      const c = ctx.text.charCodeAt(k);
      if (c === 44 || c === 59) return null; // , ;
    }
    return { t, at: t.end };
  }
  return null;
}
