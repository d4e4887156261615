// "Production has roughly halved since the fields were closed on Monday. Output fell to 591,000
// bpd on Tuesday": the level before is the level now divided by the multiple, even when the level
// now is only stated after the verb (later in its sentence or in the next one). Dated at the
// base ("since Monday" → Monday); when "since" opens an event clause ("since guards closed the
// valves on Monday"), the level before the event is the day before it. previous-from-multiple
// keeps "halved … to N", where the level follows "to".
import type { Candidate } from '../base/candidate';
import type { ExtractContext, Refiner } from '../base/context';
import { derive, firstFrom, periodBefore, sortedPrefix } from '../base/derive';
import { resolveTime, type Period } from '../dates/time-expr';
import { cueWords } from '../refiners/cue-words';

const FACTORS: Record<string, number> = { halved: 0.5, doubled: 2, tripled: 3, trebled: 3 };
const QUALIFIED = /\b(?:roughly|about|around|nearly|almost|more\s+than|approximately|some)\s+$/i;

export const multipleSince: Refiner = {
  name: 'derived:multiple-since',
  refine(ctx, figures) {
    let out: Candidate[] | null = null;
    let sorted = -1;
    let derivedFrom: Set<Candidate> | null = null;
    for (const { at, word } of cueWords(ctx)) {
      const factor = FACTORS[word];
      if (!factor) continue;
      if (sorted < 0) sorted = sortedPrefix(figures);
      // The level now: the first flow or price figure after the verb, in its sentence or the next.
      const si = ctx.sentenceAt(at);
      let level: Candidate | undefined;
      for (let j = firstFrom(figures, at + 1, sorted); j < sorted; j++) {
        const f = figures[j] as Candidate;
        if (f.sentence > si + 1) break;
        if (f.unit && f.unit !== '%') {
          level = f;
          break;
        }
      }
      if (!level || level.kind !== 'level') continue;
      // Already read as "halved … to N".
      derivedFrom ??= new Set(figures.slice(sorted).map((f) => f.derivedFrom[0] as Candidate));
      if (derivedFrom.has(level)) continue;
      const d = multipleAt(ctx, level, si, at, word.length, factor);
      if (d) (out ??= [...figures]).push(d);
    }
    return out ?? figures;
  },
};

function multipleAt(ctx: ExtractContext, level: Candidate, si: number, at: number, length: number, factor: number): Candidate | null {
  const text = ctx.text;
  if (/\w/.test(text[at - 1] ?? '') || /\w/.test(text[at + length] ?? '')) return null;
  const q = QUALIFIED.exec(text.slice(Math.max(0, at - 20), at));
  // "more than halved" is an open bound: the level before is anything above twice the level now,
  // so none is derived (the gold sets derive nothing from a bound).
  if (q && /more\s+than/i.test(q[0])) return null;
  const start = q ? at - q[0].length : at;
  let end = at + length;
  const since = /^\s+since\b/i.exec(text.slice(end, end + 20));
  // A level in the next sentence belongs to the verb only through a "since …" base: "Output
  // doubled in 2019. Brent rose to $60" is two stories.
  if (!since && level.sentence !== si) return null;
  let period: Period | null = null;
  if (since && ctx.published) {
    const sinceEnd = end + since[0].length;
    const t = ctx.times(si).find((x) => x.end > sinceEnd && x.start >= end && (level.sentence !== si || x.start < level.start));
    const base = t ? resolveTime(t.spec, ctx.published) : null;
    if (t && base) {
      // "since Monday" / "since last week": the base itself; "since <something happened> on Monday": the day before.
      const between = t.start <= sinceEnd ? 0 : text.slice(sinceEnd, t.start).trim().split(/\s+/).length;
      period = between <= 1 ? base : periodBefore(base);
      end = t.end;
    }
  }
  if (!period) period = periodBefore(level.period);
  if (!period && ctx.published) return null;
  return derive({
    start,
    end,
    value: level.value / factor,
    from: [level],
    period,
    approx: Boolean(q) || level.approx,
    rule: 'multiple-since',
  });
}
