// What observation grouping reads of each report row (id, series, kind, value, low, high, dates,
// source), taken from the cells SQLite printed for the CSV (src/db/repo/csv-lines.ts) at the
// offsets the byte pass (csv-cells.ts) found them, instead of a second JSON text of the same
// columns that SQLite built and V8 parsed per read (~1.2 s of SQLite's CPU per million rows).
// The raw cells, not the CSV: text is read before quoting, numbers as printed, which is exactly
// String() of the stored value (numberCell), so parsing them gives the stored value back.
import type { FigureKind } from '../extract/types';
import type { LightRow } from '../db/repo/csv-lines';

/** Cell offsets recorded per row: the start of each of its cells and of the empty observation_id cell. */
export const STARTS_PER_ROW = 21;

// Places of the cells in CSV_COLUMNS order (csv-lines.ts prints them in that order).
const AS_OF = 0;
const AS_OF_TO = 1;
const VALUE = 2;
const KIND = 4;
const LOW = 6;
const HIGH = 7;
const SERIES = 9;
const SOURCE = 11;
const FIGURE_ID = 17;

const decoder = new TextDecoder();

/**
 * Text of the cells of one chunk, interned: dates, kinds, series and sources repeat from row to
 * row, so most cells are found by a hash of their bytes and one comparison instead of decoding.
 */
class CellTexts {
  private readonly seen = new Map<number, { from: number; to: number; text: string }>();
  constructor(private readonly src: Uint8Array) {}

  text(from: number, to: number): string {
    const src = this.src;
    let hash = 0x811c9dc5 ^ (to - from);
    for (let k = from; k < to; k++) hash = Math.imul(hash ^ src[k]!, 0x01000193);
    const known = this.seen.get(hash);
    if (known && known.to - known.from === to - from && this.same(known.from, from, to - from)) return known.text;
    const text = decode(src, from, to);
    if (!known) this.seen.set(hash, { from, to, text });
    return text;
  }

  private same(a: number, b: number, length: number): boolean {
    const src = this.src;
    for (let k = 0; k < length; k++) if (src[a + k] !== src[b + k]) return false;
    return true;
  }
}

function decode(src: Uint8Array, from: number, to: number): string {
  // Short ASCII (dates, kinds, slugs) without the decoder's per-call cost.
  if (to - from <= 64) {
    let ascii = true;
    for (let k = from; k < to; k++) if (src[k]! >= 0x80) ascii = false;
    if (ascii) return String.fromCharCode.apply(null, src.subarray(from, to) as unknown as number[]);
  }
  return decoder.decode(src.subarray(from, to));
}

/**
 * A number cell as printed by numberCell: an optional minus, digits, an optional fraction, at most
 * 15 significant digits and no exponent. Such a mantissa and a power of ten up to 10^22 are both
 * exact doubles, so one division rounds as Number() of the text would; anything else (never
 * printed today) goes through Number().
 */
export function printedNumber(src: Uint8Array, from: number, to: number): number {
  let k = from;
  const negative = src[k] === 0x2d;
  if (negative) k++;
  let mantissa = 0;
  let digits = 0;
  let fraction = -1;
  for (; k < to; k++) {
    const b = src[k]!;
    if (b >= 0x30 && b <= 0x39) {
      mantissa = mantissa * 10 + (b - 0x30);
      digits++;
      if (fraction >= 0) fraction++;
    } else if (b === 0x2e && fraction < 0) fraction = 0;
    else return Number(decode(src, from, to));
  }
  if (digits === 0 || digits > 15 || fraction > 22) return Number(decode(src, from, to));
  const x = fraction > 0 ? mantissa / 10 ** fraction : mantissa;
  return negative ? -x : x;
}

/**
 * The rows' grouping columns, from the cells at `starts` (STARTS_PER_ROW a row) in `src`. An empty
 * text cell reads as null: dates are never empty, and sourceKind() takes an empty source as none.
 */
export function lightRows(src: Uint8Array, starts: Int32Array, count: number, withSource: boolean): LightRow[] {
  const texts = new CellTexts(src);
  const rows: LightRow[] = new Array(count);
  // A cell ends one byte (its separator) before the next begins.
  const end = (cell: number) => starts[cell + 1]! - 1;
  const optionalNumber = (cell: number) => (end(cell) > starts[cell]! ? printedNumber(src, starts[cell]!, end(cell)) : null);
  const optionalText = (cell: number) => (end(cell) > starts[cell]! ? texts.text(starts[cell]!, end(cell)) : null);
  for (let r = 0, at = 0; r < count; r++, at += STARTS_PER_ROW) {
    const row: LightRow = [
      printedNumber(src, starts[at + FIGURE_ID]!, end(at + FIGURE_ID)), texts.text(starts[at + SERIES]!, end(at + SERIES)),
      texts.text(starts[at + KIND]!, end(at + KIND)) as FigureKind, printedNumber(src, starts[at + VALUE]!, end(at + VALUE)),
      optionalNumber(at + LOW), optionalNumber(at + HIGH), texts.text(starts[at + AS_OF]!, end(at + AS_OF)), optionalText(at + AS_OF_TO),
    ];
    if (withSource) row.push(optionalText(at + SOURCE));
    rows[r] = row;
  }
  return rows;
}
