// "Revenue was up from $7.66 billion in July, when exports averaged 3.31 million bpd": a figure
// inside a ", when …" clause holds at the time named just before "when", not at the sentence's
// other time words (or the publication day).
import type { ExtractContext } from '../base/context';
import type { TimeExpr } from './time-spec';

// A clause is short; a figure farther than this from its "when" belongs to what follows.
const REACH = 100;
const positions = new WeakMap<ExtractContext, number[]>();

/** Where each ", when " of the text starts (at the comma), found once per text. */
function whenCommas(ctx: ExtractContext): number[] {
  let list = positions.get(ctx);
  if (!list) {
    list = [];
    for (let i = ctx.text.indexOf(', when ', 0); i >= 0; i = ctx.text.indexOf(', when ', i + 7)) list.push(i);
    positions.set(ctx, list);
  }
  return list;
}

/**
 * The time words that end right before the ", when" clause `start` sits in, and where the clause
 * begins; null when the figure is not inside such a clause (a comma or semicolon closes it).
 */
export function whenClause(ctx: ExtractContext, sentence: number, start: number): { t: TimeExpr; at: number } | null {
  const list = whenCommas(ctx);
  if (!list.length) return null;
  // The last ", when " before the figure, by binary search (a long text may hold many).
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((list[mid] as number) < start) lo = mid + 1;
    else hi = mid;
  }
  const at = lo > 0 ? (list[lo - 1] as number) : -1;
  const s = ctx.sentences[sentence];
  if (at < 0 || !s || at < s.start || start - at > REACH) return null;
  for (let i = at + 7; i < start; i++) {
    const c = ctx.text.charCodeAt(i);
    if (c === 44 || c === 59) return null; // , ;
  }
  const times = ctx.times(sentence);
  for (let i = times.length - 1; i >= 0; i--) {
    const t = times[i] as TimeExpr;
    if (t.end <= at) return t.end >= at - 1 && t.role !== 'speech' ? { t, at } : null;
  }
  return null;
}
