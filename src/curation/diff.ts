// What a re-extraction changed in one document, figure by figure, keyed like corrections are (the
// words' span and the kind), so the report speaks of the same figures the analyst sees.
import { keyOf } from './types';

const FIELDS = ['value', 'unit', 'asOf', 'asOfTo', 'subject', 'series', 'approx', 'low', 'high'] as const;

export interface FigureRef {
  start: number;
  end: number;
  kind: string;
  text: string;
  value: number;
  unit: string;
}

/** The fields of a stored figure a report compares. */
export interface Comparable extends FigureRef {
  asOf: string | null;
  asOfTo: string | null;
  subject: string;
  series: string;
  approx: boolean;
  low: number | null;
  high: number | null;
}

export interface FigureDiff {
  added: FigureRef[];
  removed: FigureRef[];
  changed: (FigureRef & { fields: Record<string, [unknown, unknown]> })[];
  unchanged: number;
}

const ref = (f: Comparable): FigureRef => ({ start: f.start, end: f.end, kind: f.kind, text: f.text, value: f.value, unit: f.unit });

export function diffFigures(before: readonly Comparable[], after: readonly Comparable[]): FigureDiff {
  const old = new Map<string, Comparable[]>();
  for (const f of before) old.set(keyOf(f), [...(old.get(keyOf(f)) ?? []), f]);
  const out: FigureDiff = { added: [], removed: [], changed: [], unchanged: 0 };
  for (const f of after) {
    const same = old.get(keyOf(f));
    const was = same?.shift();
    if (!was) {
      out.added.push(ref(f));
      continue;
    }
    const fields: Record<string, [unknown, unknown]> = {};
    for (const name of FIELDS) if (was[name] !== f[name]) fields[name] = [was[name], f[name]];
    if (Object.keys(fields).length) out.changed.push({ ...ref(f), fields });
    else out.unchanged++;
  }
  for (const rest of old.values()) out.removed.push(...rest.map(ref));
  return out;
}
