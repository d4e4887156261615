// Shared mechanics of derived figures: a level the text implies but does not state, computed
// from figures it does state, spanning the words that imply it.
import { makeCandidate, type Candidate } from './candidate';
import type { Period } from '../dates/time-expr';
import { minusDays, monthFrom, previousTradingDay } from '../dates/calendar';

/** Days since the epoch of a YYYY-MM-DD date, zone-free. */
const dayNumber = (s: string) => Date.UTC(Number(s.slice(0, 4)), Number(s.slice(5, 7)) - 1, Number(s.slice(8, 10))) / 86400000;

export interface DerivedInit {
  start: number;
  end: number;
  value: number;
  from: Candidate[];
  period: Period | null;
  approx: boolean;
  rule: string;
  subject?: Candidate['subject'];
}

export function derive(init: DerivedInit): Candidate {
  const source = init.from[0] as Candidate;
  // A derived level counts what its non-share source counts: "250,000 bpd, 40 percent of exports"
  // gives total exports, not a share.
  const counted = init.from.find((f) => f.unit !== '%') ?? source;
  return makeCandidate({
    start: init.start,
    end: init.end,
    value: init.value,
    unit: source.unit === '%' ? (init.from.find((f) => f.unit !== '%')?.unit ?? null) : source.unit,
    sentence: source.sentence,
    kind: 'derived',
    measure: inheritedMeasure(counted),
    per: counted.per,
    approx: init.approx,
    subject: init.subject === undefined ? source.subject : init.subject,
    subjectVia: 'derived',
    period: init.period,
    attribution: source.attribution,
    confidence: 0.6,
    derivedFrom: init.from,
    tags: [`derived:${init.rule}`, ...(init.period ? [init.period.tag] : [])],
  });
}

// A level implied by a loss ("cut off 450,000 bpd that had been flowing") is the flow or output
// that was running, not a loss; a share's part or whole is never itself a share.
function inheritedMeasure(c: Candidate): Candidate['measure'] {
  if (c.measure === 'share') return null;
  if (c.measure === 'losses') return c.subject?.kind === 'pipeline' ? 'flow' : 'production';
  return c.measure;
}

/** Fractions and multiples written in words. */
export const FRACTION_WORDS = String.raw`half|a\s+half|one\s+half|a\s+third|one\s+third|a\s+quarter|one\s+quarter|a\s+fifth|two[\s-]+thirds|three[\s-]+quarters|twice|double|triple|three\s+times|four\s+times|\d+(?:\.\d+)?\s+times`;

export function fractionValue(words: string): number {
  const w = words.toLowerCase().replace(/[\s-]+/g, ' ');
  if (/half/.test(w)) return 0.5;
  if (w === 'two thirds') return 2 / 3;
  if (w === 'three quarters') return 0.75;
  if (/third/.test(w)) return 1 / 3;
  if (/quarter/.test(w)) return 0.25;
  if (/fifth/.test(w)) return 0.2;
  if (w === 'twice' || w === 'double') return 2;
  if (w === 'triple' || w === 'three times') return 3;
  if (w === 'four times') return 4;
  const n = /^(\d+(?:\.\d+)?) times$/.exec(w);
  return n ? Number(n[1]) : NaN;
}

/**
 * The period just before another: the day before, the month before, the week before. For a
 * market price (`trading`) the day before is the previous trading day: "rose 90 cents to $61.20"
 * on a Monday moved from Friday's settlement, not Sunday's.
 */
export function periodBefore(p: Period | null, trading = false): Period | null {
  if (!p) return null;
  if (!p.asOfTo) {
    const before = minusDays(p.asOf, 1);
    const traded = trading ? previousTradingDay(p.asOf) : before;
    // The tag names the weekend skip only where it moved the date, so a user sees why.
    return { asOf: traded, asOfTo: null, tag: traded === before ? 'date:previous-day' : 'date:previous-trading-day' };
  }
  const days = dayNumber(p.asOfTo) - dayNumber(p.asOf) + 1;
  const month = monthFrom(p.asOf, 0);
  if (month.asOf === p.asOf && month.asOfTo === p.asOfTo) return { ...monthFrom(p.asOf, -1), tag: 'date:previous-month' };
  // Whole months (a quarter, a year) step back by months, not days: 2020 is 366 days long, and
  // the year before it starts on 2019-01-01, not 2018-12-31.
  const months = (Number(p.asOfTo.slice(0, 4)) - Number(p.asOf.slice(0, 4))) * 12 + Number(p.asOfTo.slice(5, 7)) - Number(p.asOf.slice(5, 7)) + 1;
  if (month.asOf === p.asOf && monthFrom(p.asOfTo, 0).asOfTo === p.asOfTo && months > 1) {
    return { asOf: monthFrom(p.asOf, -months).asOf, asOfTo: monthFrom(p.asOf, -1).asOfTo, tag: 'date:previous-period' };
  }
  return { asOf: minusDays(p.asOf, days), asOfTo: minusDays(p.asOf, 1), tag: 'date:previous-period' };
}

/**
 * Index of the first figure starting at or after `pos`, by binary search over figures[0, end),
 * which must be sorted by start (the parsed figures are; derived ones are appended after them).
 */
export function firstFrom(figures: readonly Candidate[], pos: number, end = figures.length): number {
  let lo = 0;
  let hi = end;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((figures[mid] as Candidate).start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** How many leading figures are not derived: the sorted part a binary search may use. */
export function sortedPrefix(figures: readonly Candidate[]): number {
  let n = figures.length;
  while (n > 0 && (figures[n - 1] as Candidate).kind === 'derived') n--;
  return n;
}
