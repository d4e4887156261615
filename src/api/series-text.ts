// GET /api/series/:id's answer written as bytes around the points' JSON that SQLite wrote
// (src/db/repo/point-texts.ts): the same bytes JSON.stringify writes of the SeriesResponse the
// route builds otherwise, without turning every point into objects and back into JSON, and without
// making the points' text a JavaScript string at all: each point's UTF-8 is copied from the BLOB
// SQLite handed over (decoding ~50 KB, splitting, joining and encoding it again cost more than
// building the rest of the answer).
import type { FigureKind } from '../extract/types';
import type { PointTexts } from '../db/repo/point-texts';
import type { SeriesSummary } from '../db/types';
import { observe } from '../series/observations';
import { aggregate, type Bucket } from '../series/periods';
import { observationsJson } from './observations-json';

const encoder = new TextEncoder();
const COMMA = 0x2c;

/** Observations are grouped over every kind, then only those of the points shown are kept (as observed() does). */
export function seriesBytes(summary: SeriesSummary, found: PointTexts, kinds: readonly FigureKind[] | null | undefined, every: Bucket | null | undefined): Uint8Array<ArrayBuffer> {
  const { observations, of } = observe(found.reports);
  const wanted = kinds?.length ? new Set(kinds) : null;
  const head = encoder.encode(`{"series":${JSON.stringify(summary)},"points":[`);
  // What follows each shown point's object in place of its closing brace, by point; null when not shown.
  const after: (string | null)[] = new Array(found.reports.length);
  const shown = new Set<string>();
  // Head, then each shown point: its object without the brace, the tail, and a comma before all but the first.
  let size = head.length;
  let count = 0;
  for (let i = 0; i < found.reports.length; i++) {
    const report = found.reports[i]!;
    if (wanted && !wanted.has(report.kind)) {
      after[i] = null;
      continue;
    }
    const observation = of.get(report.id)!;
    shown.add(observation);
    // An observation id is "o" and digits: nothing in it to escape.
    const tail = `,"observation":"${observation}"}`;
    after[i] = tail;
    size += (count++ === 0 ? 0 : 1) + found.ends[i]! - 1 - start(found, i) + tail.length;
  }
  const kept = observations.filter((o) => shown.has(o.id));
  // Levels only, as the route's general path: a change or a target averaged with levels would mean nothing.
  const means = every ? `,"means":${JSON.stringify(aggregate(kept.filter((o) => o.kind === 'level' || o.kind === 'derived'), every))}` : '';
  const end = encoder.encode(`],"observations":${observationsJson(kept)}${means}}`);
  const out = new Uint8Array(size + end.length);
  out.set(head, 0);
  let at = head.length;
  for (let i = 0; i < after.length; i++) {
    const tail = after[i];
    if (tail === null || tail === undefined) continue;
    if (at !== head.length) out[at++] = COMMA;
    const from = start(found, i);
    const to = found.ends[i]! - 1;
    out.set(found.json.subarray(from, to), at);
    at += to - from;
    // ASCII, one byte a character: written by hand rather than through a view of `out` per point.
    for (let k = 0; k < tail.length; k++) out[at++] = tail.charCodeAt(k);
  }
  out.set(end, at);
  return out;
}

/** Where point `i`'s object starts: just past the separator ending the one before. */
function start(found: PointTexts, i: number): number {
  return i === 0 ? 0 : found.ends[i - 1]! + 1;
}
