// "On Jan. 28, Washington barred U.S. buyers … Since then, exports have fallen to 920,000 bpd":
// "since then" runs from the last time the story named before it, in its sentence or a few
// sentences back, when that is a day. Otherwise nothing (the figure keeps its other words or the
// publication day). "Before then" and "until then" end the day before it.
import type { ExtractContext } from '../base/context';
import { DAY_SPECS, type Period, type TimeExpr } from './time-spec';
import { prefixLength } from '../base/search';
import { minusDays } from './calendar';

// The day it points back to is rarely more than a paragraph away.
const SENTENCES_BACK = 4;
const MAX_LOOKED = 8;

export function sinceThenPeriod(ctx: ExtractContext, t: TimeExpr, resolve: (t: TimeExpr) => Period | null): Period | null {
  const here = ctx.sentenceAt(t.start);
  let looked = 0;
  for (let k = here; k >= 0 && k >= here - SENTENCES_BACK && looked < MAX_LOOKED; k--) {
    const times = ctx.times(k);
    // In its own sentence, only the words before it, found by binary search (times are in text
    // order), so a run-on sentence full of "since then" stays linear.
    let i = k === here ? prefixLength(times, (d) => d.end <= t.start) - 1 : times.length - 1;
    for (; i >= 0 && looked < MAX_LOOKED; i--) {
      const d = times[i] as TimeExpr;
      if (d.role === 'speech') continue;
      looked++;
      // "then" is the time named last; a month or a week is too loose to start a running period.
      if (!DAY_SPECS.has(d.spec.type)) return null;
      const p = resolve(d);
      if (p) return t.spec.type === 'since-then' && t.spec.before ? { asOf: minusDays(p.asOf, 1), asOfTo: null, tag: 'date:before-then' } : { asOf: p.asOf, asOfTo: null, tag: 'date:since-then' };
    }
  }
  return null;
}
