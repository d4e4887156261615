// Each option of the date choice described by named features: what kind of time words it is,
// where it sits from the figure (side, words, clause breaks, a comparison word or another number
// between), the figure's kind and whether it looks ahead, and how the period relates to the
// publication day. "None" has features of its own (how many options it passes over, the figure's
// kind). Every look is a bounded window between the figure and the time words.
import type { Candidate } from '../../base/candidate';
import type { ExtractContext } from '../../base/context';
import type { TimeOption } from './options';

// Past this many characters the text between is not read: the options are simply far.
const WINDOW = 240;
const WORD = /[A-Za-z0-9][A-Za-z0-9'’.,-]*/g;
const COMPARISON = /\b(?:from|than|versus|vs\.?|against|compared\s+(?:with|to))\b/i;
const CLAUSE_JOIN = /[,;]\s+(?:and|but|while|whereas)\s/;
const BREAK = /[,;:()]\s|\s[-–—]\s/;
const PLAN = /\b(?:will|would|shall|plans?|planned|expects?|expected|forecasts?|projected|target(?:s|ed)?|aims?|could|may|might|to\s+reach|set\s+to)\b/i;
const SAID = /\b(?:said|says|told|announced|reported|stated)\b/i;

/** Coarse period lengths, so a day, a week, a month and a year read differently. */
function span(o: TimeOption): string {
  if (!o.p.asOfTo) return 'day';
  const days = (Date.parse(o.p.asOfTo) - Date.parse(o.p.asOf)) / 864e5;
  return days < 8 ? 'week' : days < 32 ? 'month' : days < 100 ? 'quarter' : 'long';
}

const wordBucket = (n: number): string => (n === 0 ? '0' : n <= 2 ? '1-2' : n <= 5 ? '3-5' : n <= 10 ? '6-10' : '11+');

export function optionFeatures(ctx: ExtractContext, f: Candidate, options: readonly TimeOption[], planLeft: boolean): string[][] {
  const kind = f.kind === 'target' ? 'target' : f.kind === 'change' ? 'change' : 'level';
  // Each option's rank by distance (how many are nearer), from one sort rather than a count per option.
  const gaps = options.map((o) => gap(f, o));
  const sorted = [...gaps].sort((a, b) => a - b);
  const rankOf = (d: number) => {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((sorted[mid] as number) < d) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const out = options.map((o, i) => {
    const after = o.t.start >= f.end;
    const side = after ? 'R' : 'L';
    const d = gaps[i] as number;
    const rank = rankOf(d);
    const between = d > WINDOW || o.from === 'previous' ? null : after ? ctx.text.slice(f.end, o.t.start) : ctx.text.slice(o.t.end, f.start);
    const words = between === null ? 99 : (between.match(WORD) ?? []).length;
    const type = o.t.spec.type;
    const from = o.from ?? 'own';
    const list = [
      'opt',
      `from:${from}`,
      `from:${from}:${o.t.role}`,
      `from:${from}:${type}`,
      `type:${type}`,
      `type:${type}:${side}`,
      `role:${o.t.role}`,
      `side:${side}`,
      `words:${wordBucket(words)}`,
      `words:${side}:${wordBucket(words)}`,
      `span:${span(o)}`,
      `kind:${kind}:${type}`,
      `kind:${kind}:span:${span(o)}`,
    ];
    if (rank === 0) list.push('nearest');
    if (o.joined) list.push('joined');
    if (options.length > 1) list.push(`rank:${Math.min(rank, 3)}`);
    if (between === null) list.push('far');
    else {
      if (BREAK.test(between)) list.push(`break:${side}`);
      if (CLAUSE_JOIN.test(between)) list.push('clause-join');
      if (COMPARISON.test(between)) list.push(`comparison:${side}`);
      if (/\d/.test(between)) list.push(`number-between:${side}`);
      if (SAID.test(between)) list.push(`said-between:${side}`);
    }
    const published = ctx.published;
    if (published) {
      const end = o.p.asOfTo ?? o.p.asOf;
      const when = o.p.asOf > published ? 'future' : end >= published ? 'current' : 'past';
      list.push(`when:${when}`, `when:${kind}:${when}`);
      if (planLeft) list.push(`plan:${when}`);
    }
    return list;
  });
  const none = ['none', `none:kind:${kind}`, `none:options:${Math.min(options.length, 3)}`];
  if (planLeft) none.push('none:plan');
  out.push(none);
  return out;
}

export function gap(f: Candidate, o: TimeOption): number {
  return o.t.start >= f.end ? o.t.start - f.end : o.t.end <= f.start ? f.start - o.t.end : 0;
}

/** Plan and forecast words in the few words before the figure ("is expected to reach"). */
export function looksAhead(ctx: ExtractContext, f: Candidate): boolean {
  const s = ctx.sentences[f.sentence];
  const from = Math.max(s ? s.start : 0, f.start - 50);
  return PLAN.test(ctx.text.slice(from, f.start));
}
