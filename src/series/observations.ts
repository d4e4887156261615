// Observations, not repeats. Four articles repeating September's 550,000 bpd are one observation
// with four sources, not four points: reports of one series for the same period and kind whose
// values agree (within 1 %, or whose ranges overlap) are counted once. Reports that disagree stay
// separate observations, each flagged with the others it disagrees with.
//
// Decision (computed at read time, not stored at ingest): an observation depends on every report
// of its series and period, so storing it would make each ingest read and rewrite other articles'
// rows. Concurrent ingests (two Node processes, D1 from many isolates) could then race and split
// one observation in two; D1's batch has no read-then-write transaction to prevent it. Grouping
// is a sort and one pass over a series' points, and the series, compare and CSV endpoints are
// cached by data version, so it runs once per change of data. Its id is the smallest figure id
// among its reports: the same on every read of the same data; a later report of the same period
// can only change it by regrouping that period (a new lowest value re-anchoring the clusters).
// (docs/decisions/0001-observations-at-read-time.md)
import type { FigureKind } from '../extract/types';
import { daysCovered, lastDay } from './periods';

export interface Report {
  id: number;
  series: string;
  kind: FigureKind;
  value: number;
  low: number | null;
  high: number | null;
  asOf: string | null;
  asOfTo: string | null;
  document: { id: number };
}

export interface Observation {
  /** "o" + the smallest figure id among its reports. */
  id: string;
  series: string;
  /** `level` when any report states it, else the reports' kind (a derived level agreeing with a stated one is that level). */
  kind: FigureKind;
  /** Mean of the agreeing reports' values. */
  value: number;
  low: number | null;
  high: number | null;
  asOf: string;
  asOfTo: string | null;
  days: number;
  /** Figure ids of the reports, ascending. */
  figures: number[];
  /** Distinct documents the reports come from. */
  documents: number[];
  /** Ids of observations of the same series, period and kind whose values disagree with this one. */
  disagrees: string[];
}

/** Stated and derived levels describe the same quantity; other kinds only agree among themselves. */
const kindGroup = (k: FigureKind) => (k === 'derived' ? 'level' : k);

const RELATIVE_AGREEMENT = 0.01;

type Valued = Pick<Report, 'value' | 'low' | 'high'>;

export function agree(a: Valued, b: Valued): boolean {
  return valuesAgree(a.value, a.low, a.high, b.value, b.low, b.high);
}

/** agree() over the values themselves, for rows that are not objects (the CSV's). */
function valuesAgree(a: number, aLow: number | null, aHigh: number | null, b: number, bLow: number | null, bHigh: number | null): boolean {
  if (Math.abs(a - b) <= RELATIVE_AGREEMENT * Math.max(Math.abs(a), Math.abs(b))) return true;
  if (aLow === null && aHigh === null && bLow === null && bHigh === null) return false;
  // A range's missing end is the value (or the other end, if it lies beyond the value).
  const aFrom = aLow ?? Math.min(a, aHigh ?? a);
  const aTo = aHigh ?? Math.max(a, aLow ?? a);
  const bFrom = bLow ?? Math.min(b, bHigh ?? b);
  const bTo = bHigh ?? Math.max(b, bLow ?? b);
  return aFrom <= bTo && bFrom <= aTo;
}

/**
 * Reports (or rows) grouped by series, period and kind group: what may be one observation. Each
 * is matched to the groups met since its day last changed (a few, where reads come by day) by
 * their parts before a key is written: writing and hashing a ~45-character key per report cost
 * more than the rest of the grouping. The Map of keys stays the truth, so any order groups right.
 */
class Groups<T> {
  readonly byKey = new Map<string, T[]>();
  private day: string | null = null;
  private readonly recent: { series: string; last: string; kind: FigureKind; members: T[] }[] = [];

  add(member: T, series: string, kind: FigureKind, asOf: string, asOfTo: string | null): void {
    if (asOf !== this.day) {
      this.day = asOf;
      this.recent.length = 0;
    }
    const last = asOfTo && asOfTo > asOf ? asOfTo : asOf; // lastDay()
    const group = kindGroup(kind);
    for (const r of this.recent) {
      if (r.series === series && r.last === last && r.kind === group) {
        r.members.push(member);
        return;
      }
    }
    const key = `${series}\u0000${asOf}\u0000${last}\u0000${group}`;
    let members = this.byKey.get(key);
    if (!members) this.byKey.set(key, (members = []));
    if (this.recent.length < RECENT_GROUPS) this.recent.push({ series, last, kind: group, members });
    members.push(member);
  }
}

/** How many of a day's groups are matched by their parts before a key is written. */
const RECENT_GROUPS = 8;

function toObservation(reports: (Report & { asOf: string })[]): Observation {
  const first = reports[0]!;
  if (reports.length === 1) return alone(first);
  // One pass rather than a map, two filters, a reduce, a Set and a spread per group: where articles
  // repeat one another most groups hold a few reports, and an uncached series read spent a tenth of
  // its CPU building them. The value is summed in the reports' order, as the reduce did, so the
  // mean is the same to the last bit.
  const ids: number[] = [];
  const documents: number[] = [];
  let sum = 0;
  let low: number | null = null;
  let high: number | null = null;
  let level = false;
  for (const r of reports) {
    ids.push(r.id);
    documents.push(r.document.id);
    sum += r.value;
    if (r.low !== null) low = low === null ? r.low : Math.min(low, r.low);
    if (r.high !== null) high = high === null ? r.high : Math.max(high, r.high);
    if (r.kind === 'level') level = true;
  }
  ids.sort(ascending);
  const last = lastDay(first);
  return {
    id: `o${ids[0]}`,
    series: first.series,
    kind: level ? 'level' : first.kind,
    value: tenDigits(sum / reports.length),
    low,
    high,
    asOf: first.asOf,
    asOfTo: last === first.asOf ? null : last,
    // As alone(): a one-day period needs no date arithmetic.
    days: last === first.asOf ? 1 : daysCovered(first),
    figures: ids,
    documents: distinctAscending(documents),
    disagrees: [],
  };
}

const ascending = (a: number, b: number) => a - b;

/**
 * `v` to ten significant digits, as Number(v.toPrecision(10)) gives it. A whole number under 10^10
 * already is one and comes back as it is (+ 0 turns -0 into the 0 toPrecision gives): most
 * figures are whole barrels or dollars, and printing and parsing each was a tenth of grouping a
 * series for its answer.
 */
export function tenDigits(v: number): number {
  return Number.isInteger(v) && Math.abs(v) < 1e10 ? v + 0 : Number(v.toPrecision(10));
}

/** The numbers sorted, each once (in place). */
function distinctAscending(numbers: number[]): number[] {
  numbers.sort(ascending);
  let kept = 0;
  for (let i = 0; i < numbers.length; i++) if (i === 0 || numbers[i] !== numbers[kept - 1]) numbers[kept++] = numbers[i]!;
  numbers.length = kept;
  return numbers;
}

/**
 * A report alone in its group, as toObservation would make it, without the arrays, sort and set it
 * builds for many: most reports are alone, and an uncached series read spent a tenth of its time
 * on this.
 */
function alone(r: Report & { asOf: string }): Observation {
  const last = lastDay(r);
  return {
    id: `o${r.id}`,
    series: r.series,
    kind: r.kind,
    value: tenDigits(r.value),
    low: r.low,
    high: r.high,
    asOf: r.asOf,
    asOfTo: last === r.asOf ? null : last,
    days: last === r.asOf ? 1 : daysCovered(r),
    figures: [r.id],
    documents: [r.document.id],
    disagrees: [],
  };
}

/** Reports of one group sorted by value join the first report of the current cluster while they agree with it. */
function clusters<R extends Pick<Report, 'id' | 'value' | 'low' | 'high'>>(group: readonly R[]): R[][] {
  const sorted = [...group].sort((a, b) => a.value - b.value || a.id - b.id);
  const out: R[][] = [];
  for (const r of sorted) {
    const current = out[out.length - 1];
    if (current && agree(current[0]!, r)) current.push(r);
    else out.push([r]);
  }
  return out;
}

/** What grouping reads of a row, laid out as the CSV export's rows are (src/db/repo/csv-lines.ts, LightRow). */
export type GroupedRow = readonly [
  id: number, series: string, kind: FigureKind, value: number, low: number | null, high: number | null,
  asOf: string | null, asOfTo: string | null, ...rest: unknown[],
];

/**
 * The observation id of every dated row, as observe() gives it, by the row's place (null for an
 * undated one), without building the observations: for exports that stream a million rows and only
 * need the id beside each. Rows, not objects, and ids by place rather than in a Map: the export
 * read its rows into an object each and a Map entry each, a tenth of its CPU. Rows in the export's
 * order (by day) group fastest (see Groups). A row alone in its group (most are) is its own
 * observation: no sort, no objects.
 */
export function observationIds(rows: readonly GroupedRow[]): (string | null)[] {
  const ids: (string | null)[] = new Array(rows.length).fill(null);
  // Each group's rows by place.
  const groups = new Groups<number>();
  for (let i = 0; i < rows.length; i++) {
    const [, series, kind, , , , asOf, asOfTo] = rows[i]!;
    if (asOf !== null) groups.add(i, series, kind, asOf, asOfTo);
  }
  for (const group of groups.byKey.values()) {
    if (group.length === 1) {
      ids[group[0]!] = `o${rows[group[0]!]![0]}`;
      continue;
    }
    // clusters() over places: sorted by value then id, each row joining the first of the current
    // cluster while it agrees with it.
    group.sort((a, b) => rows[a]![3] - rows[b]![3] || rows[a]![0] - rows[b]![0]);
    let from = 0;
    while (from < group.length) {
      const first = rows[group[from]!]!;
      let to = from + 1;
      let min = first[0];
      for (; to < group.length; to++) {
        const r = rows[group[to]!]!;
        if (!valuesAgree(first[3], first[4], first[5], r[3], r[4], r[5])) break;
        if (r[0] < min) min = r[0];
      }
      const id = `o${min}`;
      for (let k = from; k < to; k++) ids[group[k]!] = id;
      from = to;
    }
  }
  return ids;
}

/**
 * Observations of dated reports (undated ones are not points), ordered by asOf then id. Within a
 * group, reports sorted by value join the first report of the current cluster while they agree
 * with it: anchoring on one report keeps 1 % steps from chaining 100 into 110.
 */
export function observe(reports: readonly Report[]): { observations: Observation[]; of: Map<number, string> } {
  const groups = new Groups<Report & { asOf: string }>();
  for (const r of reports) if (r.asOf !== null) groups.add(r as Report & { asOf: string }, r.series, r.kind, r.asOf, r.asOfTo);
  const observations: Observation[] = [];
  for (const group of groups.byKey.values()) {
    const made = clusters(group).map(toObservation);
    if (made.length > 1) for (const o of made) o.disagrees = made.filter((x) => x !== o).map((x) => x.id);
    observations.push(...made);
  }
  observations.sort((a, b) => (a.asOf < b.asOf ? -1 : a.asOf > b.asOf ? 1 : Number(a.id.slice(1)) - Number(b.id.slice(1))));
  const of = new Map<number, string>();
  for (const o of observations) for (const id of o.figures) of.set(id, o.id);
  return { observations, of };
}
