// The working form of a figure while the pipeline runs: a Figure in the making, plus the
// links rules need (the figure it pairs with, the time words it owns) before output.
import type { FigureKind, Measure, Per, Unit } from '../types';
import type { Entity } from '../subjects/gazetteer';
import type { Period, TimeExpr } from '../dates/time-expr';

export interface Candidate {
  /** Span of the whole figure (currency sign, number, scale, unit). */
  start: number;
  end: number;
  /** Span of the number itself, so rules can look just left or right of it. */
  numStart: number;
  numEnd: number;
  value: number;
  /** The number as written and the multiplier its scale word or unit applied ("1.5 bn" → 1.5, 1e9). */
  raw: number;
  mult: number;
  unit: Unit | null;
  low: number | null;
  high: number | null;
  approx: boolean;
  /** "more than"/"up to" style qualifiers give a bound, not an estimate: no figures derived from them. */
  bound: boolean;
  kind: FigureKind;
  /** Decided by the measure refiner; null until then. */
  measure: Measure | null;
  per: Per | null;
  /** Index into ctx.sentences. */
  sentence: number;
  tags: string[];
  subject: Entity | null;
  /** How the subject was found ("named", "anaphor", "previous-figure", "fallback"). */
  subjectVia: string | null;
  period: Period | null;
  /** The time expression that dated it, if any. */
  time: TimeExpr | null;
  /** A time expression naming the base of a comparison ("since Monday", "from November"). */
  baseTime: TimeExpr | null;
  attribution: string | null;
  confidence: number;
  derivedFrom: Candidate[];
  /** A change and the level it leads to ("rose 38 cents to $58.26"), in both directions. */
  paired: Candidate | null;
  /** Where the words that make a figure a change begin ("rose by", "down"). */
  cueStart: number | undefined;
  /** A percentage that restates a change in other terms ("up $1.07, or 1.8 percent"). */
  restates: Candidate | undefined;
  /** A volume still lost ("80,000 bpd has been offline since May 3"): its "since" is when. */
  lost: boolean;
  /** The figure was written in words or carries a unit from its neighbour. */
  unitCarried: boolean;
  /** Marked by a refiner for removal. */
  drop: boolean;
}

// Written out field by field (no object spread): this runs once per number in the text.
export function makeCandidate(init: Partial<Candidate> & Pick<Candidate, 'start' | 'end' | 'value' | 'sentence'>): Candidate {
  return {
    start: init.start,
    end: init.end,
    numStart: init.numStart ?? init.start,
    numEnd: init.numEnd ?? init.end,
    value: init.value,
    raw: init.raw ?? init.value,
    mult: init.mult ?? 1,
    unit: init.unit ?? null,
    low: init.low ?? null,
    high: init.high ?? null,
    approx: init.approx ?? false,
    bound: init.bound ?? false,
    kind: init.kind ?? 'level',
    measure: init.measure ?? null,
    per: init.per ?? null,
    sentence: init.sentence,
    tags: init.tags ?? [],
    subject: init.subject ?? null,
    subjectVia: init.subjectVia ?? null,
    period: init.period ?? null,
    time: init.time ?? null,
    baseTime: init.baseTime ?? null,
    attribution: init.attribution ?? null,
    confidence: init.confidence ?? 0.9,
    derivedFrom: init.derivedFrom ?? [],
    paired: init.paired ?? null,
    // Present from the start (as undefined) so every candidate has the same shape for the JIT.
    cueStart: init.cueStart,
    restates: init.restates,
    lost: init.lost ?? false,
    unitCarried: init.unitCarried ?? false,
    drop: init.drop ?? false,
  };
}

// Every candidate's shape settled before any rule runs. V8 keeps, per field of the object
// literal above, the narrowest kind of value it has held (small integer, double, null) and whether
// it was ever written again; compiled code relies on both, and is thrown away (the rules that read
// candidates compiled again) when the first fractional value, range bound or rewritten field turns
// up, megabytes into a run. One candidate made here and written with the widest values, then back,
// gives every later candidate the settled shape from the start. It is dropped at once.
(function settleShape(): void {
  const c = makeCandidate({ start: 0, end: 1, value: 1, sentence: 0 });
  const other = makeCandidate({ start: 0, end: 1, value: 1, sentence: 0 });
  const period = { asOf: '2000-01-01', asOfTo: null, tag: '' };
  Object.assign(c, {
    start: 1, end: 2, numStart: 1, numEnd: 2, value: 0.5, raw: 0.5, mult: 0.5, unit: 'bbl', low: 0.5, high: 0.5,
    approx: true, bound: true, kind: 'change', measure: 'exports', per: 'month', sentence: 1, tags: ['settle'],
    subject: {}, subjectVia: 'named', period, time: {}, baseTime: {}, attribution: 'settle', confidence: 0.5,
    derivedFrom: [other], paired: other, cueStart: 0.5, restates: other, lost: true, unitCarried: true, drop: true,
  });
  Object.assign(c, { unit: null, low: null, high: null, measure: null, per: null, subject: null, subjectVia: null, period: null,
    time: null, baseTime: null, attribution: null, paired: null, cueStart: undefined, restates: undefined });
})();

export function tag(c: Candidate, name: string): void {
  if (!c.tags.includes(name)) c.tags.push(name);
}

/**
 * Makes a level the change it turned out to be: signed by `sign` (-1 lost, +1 gained), its range
 * bounds too (negated bounds swap, so low stays the lower), tagged with the direction and `why`.
 */
export function toChange(c: Candidate, sign: 1 | -1, why: string): void {
  c.kind = 'change';
  c.value = sign * Math.abs(c.value);
  if (sign < 0 && (c.low !== null || c.high !== null)) {
    [c.low, c.high] = [c.high === null ? null : -Math.abs(c.high), c.low === null ? null : -Math.abs(c.low)];
  }
  tag(c, sign < 0 ? 'change:down' : 'change:up');
  tag(c, why);
}

/**
 * A change read back as the level it names ("has lost $20-25 billion" is the total lost so far):
 * the value and a range's bounds positive and in order again, no direction tag, no pairing.
 */
export function toLevel(c: Candidate, why: string): void {
  c.kind = 'level';
  c.value = Math.abs(c.value);
  if (c.low !== null || c.high !== null) {
    const [a, b] = [c.low === null ? null : Math.abs(c.low), c.high === null ? null : Math.abs(c.high)];
    [c.low, c.high] = a !== null && b !== null && a > b ? [b, a] : [a, b];
  }
  c.lost = false;
  c.tags = c.tags.filter((t) => t !== 'change:down' && t !== 'change:up');
  tag(c, why);
  if (c.paired) {
    c.paired.paired = null;
    c.paired = null;
  }
}
