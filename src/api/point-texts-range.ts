// The points of a series' texts (src/db/repo/point-texts.ts) within a date range, as texts of their
// own: what SQLite gives for the same range, since the texts are in (asOf, id) order and a range
// is inclusive bounds on asOf (src/db/repo/filters.ts; ASCII dates compare alike in SQLite and
// JavaScript). The bytes are shared, not copied.
import type { PointTexts } from '../db/repo/point-texts';

export function pointTextsBetween(texts: PointTexts, from: string | null | undefined, to: string | null | undefined): PointTexts {
  const { reports, ends } = texts;
  const first = from ? firstWhere(reports, (asOf) => asOf >= from) : 0;
  const end = to ? firstWhere(reports, (asOf) => asOf > to) : reports.length;
  if (first === 0 && end === reports.length) return texts;
  if (first >= end) return { json: new Uint8Array(0), ends: [], reports: [] };
  // Point `first` starts just past the separator ending the one before it.
  const offset = first === 0 ? 0 : ends[first - 1]! + 1;
  const kept = ends.slice(first, end);
  for (let i = 0; i < kept.length; i++) kept[i] = kept[i]! - offset;
  return { json: texts.json.subarray(offset, ends[end - 1]), ends: kept, reports: reports.slice(first, end) };
}

/** The first place whose asOf meets `test` (false before it, true from it on), or the length. */
function firstWhere(reports: readonly { asOf: string }[], test: (asOf: string) => boolean): number {
  let low = 0;
  let high = reports.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (test(reports[middle]!.asOf)) high = middle;
    else low = middle + 1;
  }
  return low;
}
