// A figure stated twice: the lead's "with production down to just 95,837 bpd" and the quoted
// statement's "As of Sunday, production stands at 95,837 barrels a day" are one report, so the
// mention without time words takes the period of the one with them. Only distinctive values
// count (three significant digits or more): "5 percent" or "$3 billion" twice may be two things.
import type { Candidate } from '../base/candidate';
import type { Period } from './time-spec';

const MIN_DIGITS = 3;

/**
 * The digits of the value as written in JavaScript, without its point and its leading and trailing
 * zeros. Counted in place: asked for every figure, three replaces and their strings showed as 1 %
 * of extract().
 */
export function significantDigits(value: number): number {
  const s = String(Math.abs(value));
  const point = s.indexOf('.');
  let from = 0;
  let to = s.length;
  // Leading zeros, the point among them ("0.05" has one digit).
  while (from < to && (s.charCodeAt(from) === 48 || from === point)) from++;
  while (to > from && (s.charCodeAt(to - 1) === 48 || to - 1 === point)) to--;
  return to - from - (point > from && point < to ? 1 : 0);
}

const keyOf = (f: Candidate): string => `${f.unit}|${f.value}|${f.kind === 'change' ? 'change' : f.kind}`;

/**
 * Periods of the figures dated by their own time words, by unit, value and kind; built once per
 * article (after the first pass), so each undated figure is one lookup.
 */
export function datedStatements(figures: readonly Candidate[]): Map<string, Period> {
  const out = new Map<string, Period>();
  for (const f of figures) {
    if (!f.period || !f.time || f.time.role !== 'time' || significantDigits(f.value) < MIN_DIGITS) continue;
    const key = keyOf(f);
    if (!out.has(key)) out.set(key, f.period);
  }
  return out;
}

/** The period of another, dated mention of the same figure, or null. */
export function restatedPeriod(dated: Map<string, Period>, f: Candidate): Period | null {
  return significantDigits(f.value) < MIN_DIGITS ? null : dated.get(keyOf(f)) ?? null;
}
