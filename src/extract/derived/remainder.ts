// "About 370,000 bpd of that came from the Kurdish fields, with Kirkuk crude making up the rest":
// the rest is the whole stated just before minus the parts stated. The whole is the first flow
// figure of the sentence when it exceeds the parts after it ("450,000 bpd, 370,000 bpd of it from
// …"), otherwise the latest larger one in the two sentences before (a level the loss implied
// before a change). Only flow and money parts: "40 per cent …, with the rest from Tawke" names no
// volume for the rest.
import type { Candidate } from '../base/candidate';
import type { ExtractContext, Refiner } from '../base/context';
import { derive, firstFrom } from '../base/derive';
import { cueWords } from '../refiners/cue-words';

// "with Kirkuk crude making up the rest", "with the rest coming from Kirkuk", "the rest going to China".
const WHO_THEN_REST = /\bwith\s+(?!the\s)[^,.;]{1,60}?\s+(?:making\s+up|accounting\s+for|supplying|providing|contributing|responsible\s+for)\s+the\s+(?:rest|remainder|balance)\b/i;
const REST_THEN_WHO = /\b(?:with|and)\s+the\s+(?:rest|remainder|balance)\s+(?:(?:(?:coming|pumped|shipped|supplied|sourced|exported|produced|flowing|loaded)\s+)?from|(?:going|sold|sent|shipped|exported|delivered|headed)\s+to)\s+[^,.;]{1,60}?(?=[,.;]|$)/i;

export const remainder: Refiner = {
  name: 'derived:remainder',
  refine(ctx, figures) {
    let out: Candidate[] | null = null;
    let ordered: Candidate[] | null = null;
    for (const { at, word } of cueWords(ctx)) {
      if (!word.startsWith('the ')) continue;
      // Derived levels (the level before a loss) can be the whole: search them too, in text order.
      ordered ??= [...figures].sort((a, b) => a.start - b.start);
      const d = restAt(ctx, ordered, at);
      if (d) (out ??= [...figures]).push(d);
    }
    return out ?? figures;
  },
};

/** `figures` sorted by start. */
function restAt(ctx: ExtractContext, figures: Candidate[], at: number): Candidate | null {
  const si = ctx.sentenceAt(at);
  const s = ctx.sentences[si];
  if (!s) return null;
  const from = Math.max(s.start, at - 100);
  const window = ctx.text.slice(from, Math.min(s.end, at + 100));
  const m = WHO_THEN_REST.exec(window) ?? REST_THEN_WHO.exec(window);
  if (!m) return null;
  const start = from + m.index;
  const end = start + m[0].length;
  if (at < start || at >= end) return null;
  // The figures before the phrase, from two sentences back: at most the last 40 of them, so a
  // run-on text costs no more per phrase than a normal one.
  const hi = firstFrom(figures, start);
  const lo = Math.max(hi - 40, firstFrom(figures, ctx.sentences[Math.max(0, si - 2)]?.start ?? 0, hi));
  const before = figures.slice(lo, hi);
  // "90,000 bpd, about 60 per cent of it condensate, with the remainder …": the rest of a share.
  if (before.some((f) => f.sentence === si && f.unit === '%')) return null;
  const flows = before.filter((f) => f.unit && f.unit !== '%' && f.kind !== 'share' && f.kind !== 'target');
  let parts = flows.filter((f) => f.sentence === si && f.kind === 'level');
  const unit = parts[0]?.unit;
  if (!unit || parts.some((p) => p.unit !== unit)) return null;
  let whole: Candidate | undefined;
  const first = parts[0] as Candidate;
  if (parts.length > 1 && first.value > sum(parts.slice(1))) {
    whole = first;
    parts = parts.slice(1);
  } else {
    const need = sum(parts);
    const earlier = flows.filter((f) => f.sentence < si && f.unit === unit && Math.abs(f.value) > need);
    whole = earlier.filter((f) => f.kind !== 'change').pop() ?? earlier.pop();
  }
  if (!whole) return null;
  const value = Math.abs(whole.value) - sum(parts);
  if (!(value > 0)) return null;
  const named = ctx.mentions(si).find((x) => x.entity && x.start >= start && x.start < end);
  return derive({
    start,
    end,
    value,
    from: [whole, ...parts],
    period: whole.kind === 'change' ? first.period : whole.period ?? first.period,
    approx: whole.approx || parts.some((p) => p.approx),
    rule: 'remainder',
    subject: named?.entity ?? null,
  });
}

function sum(figures: Candidate[]): number {
  let t = 0;
  for (const f of figures) t += f.value;
  return t;
}
