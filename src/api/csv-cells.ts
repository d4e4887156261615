// Report lines from the cells SQLite writes (src/db/repo/csv-lines.ts), as bytes, in one pass:
// separators become commas and every text cell gets txt()'s care (a leading apostrophe before a
// formula character, quotes doubled and the cell quoted when it holds a quote, comma, CR or LF);
// numbers, approx and ids are copied as they are. Bytes, not strings: the native driver hands the
// chunk over as a BLOB, so the ~300 bytes a row are never turned into a JavaScript string and back
// (four regular-expression passes over strings cost more than SQLite's reading of the rows).
// UTF-8 keeps every byte of a multi-byte character at 0x80 or above, so no separator, quote or
// comma is ever found inside one.
import { CELL as CELL_CHAR, ROW as ROW_CHAR, SEPARATORS_PER_ROW, VALUE as VALUE_CHAR, type LightRow } from '../db/repo/csv-lines';
import { lightRows, STARTS_PER_ROW } from './csv-light-rows';

/** Lines of a chunk: each row's line ends at `ends[i]` in `bytes` (with the comma before observation_id). */
export interface ByteLines {
  bytes: Uint8Array;
  ends: number[];
}

/** Lines of a chunk and what grouping reads of each row, read from the same cells. */
export interface ReportLines extends ByteLines {
  rows: LightRow[];
}

// The separators csv-lines.ts writes, as the one byte each is in UTF-8.
const ROW = ROW_CHAR.charCodeAt(0);
const CELL = CELL_CHAR.charCodeAt(0);
const VALUE = VALUE_CHAR.charCodeAt(0);
const QUOTE = 0x22;
const COMMA = 0x2c;
const APOSTROPHE = 0x27;

// What a byte means while a cell is read: 1 ends the cell, 2 is a quote, 3 makes a text cell quoted.
const CLASS = new Uint8Array(256);
CLASS[ROW] = CLASS[CELL] = CLASS[VALUE] = 1;
CLASS[QUOTE] = 2;
CLASS[COMMA] = CLASS[0x0d] = CLASS[0x0a] = 3;
// neutralise(): = + - @ tab CR at the start of a text cell.
const FORMULA = new Uint8Array(256);
for (const c of '=+-@\t\r') FORMULA[c.charCodeAt(0)] = 1;

/**
 * Memory a caller lends for the lines, grown when too small: an export writes every chunk into the
 * same bytes instead of leaving ~250 KB of garbage per 400 rows (which kept a million-row export's
 * RSS tens of MB above the idle server's). The lines are only valid until the next call with it.
 */
export interface Scratch {
  bytes: Uint8Array;
  /** Where each row's cells start in the chunk (STARTS_PER_ROW a row), for lightRows(). */
  starts?: Int32Array;
}

/**
 * The lines of `rows` rows of separated cells; null when the cells are not what csv-lines.ts
 * writes for that many rows (a number SQLite refused to write, which it marks with ROW, or a text
 * holding a separator), and the rows must be rendered from raw rows instead.
 */
export function cellBytesLines(
  src: Uint8Array,
  rows: number,
  scratch: Scratch = { bytes: new Uint8Array(0) },
  withSource = false,
): ReportLines | null {
  if (rows === 0) return src.length === 0 ? { bytes: src, ends: [], rows: [] } : null;
  // The most a cell can grow: every byte a doubled quote, plus an apostrophe and two quotes.
  const most = src.length * 2 + rows * SEPARATORS_PER_ROW * 3;
  if (scratch.bytes.length < most) scratch.bytes = new Uint8Array(most);
  const out = scratch.bytes;
  if (!scratch.starts || scratch.starts.length < rows * STARTS_PER_ROW) scratch.starts = new Int32Array(rows * STARTS_PER_ROW);
  const starts = scratch.starts;
  const ends: number[] = [];
  const n = src.length;
  let i = 0;
  let o = 0;
  let separators = 0;
  let text = true;
  for (;;) {
    // One cell: from i to the next separator j. A row with too many cells writes past `starts`
    // (ignored by a typed array) and is refused below.
    starts[ends.length * STARTS_PER_ROW + separators] = i;
    let j = i;
    let quotes = 0;
    let special = false;
    while (j < n) {
      const b = src[j]!;
      // Every byte that matters is at most a comma: most bytes (letters) are passed over here.
      if (b > COMMA) {
        j++;
        continue;
      }
      const c = CLASS[b]!;
      if (c === 1) break;
      if (c === 2) quotes++;
      else if (c === 3) special = true;
      j++;
    }
    if (!text || (quotes === 0 && !special && (j === i || FORMULA[src[i]!] === 0))) {
      o = copy(src, i, j, out, o);
    } else if (quotes === 0 && !special) {
      out[o++] = APOSTROPHE;
      o = copy(src, i, j, out, o);
    } else {
      out[o++] = QUOTE;
      if (FORMULA[src[i]!] === 1) out[o++] = APOSTROPHE;
      if (quotes === 0) o = copy(src, i, j, out, o);
      else {
        for (let k = i; k < j; k++) {
          const b = src[k]!;
          out[o++] = b;
          if (b === QUOTE) out[o++] = QUOTE;
        }
      }
      out[o++] = QUOTE;
    }
    const separator = j < n ? src[j]! : ROW;
    if (separator === ROW) {
      // A row ends with the separator before observation_id and nothing after it.
      if (separators !== SEPARATORS_PER_ROW || j !== i) return null;
      ends.push(o);
      separators = 0;
      text = true;
      if (j >= n) break;
    } else {
      out[o++] = COMMA;
      separators++;
      text = separator === CELL;
    }
    i = j + 1;
  }
  return ends.length === rows ? { bytes: out.subarray(0, o), ends, rows: lightRows(src, starts, rows, withSource) } : null;
}

function copy(src: Uint8Array, from: number, to: number, out: Uint8Array, at: number): number {
  // Short cells byte by byte: a subarray per cell costs more than the copy.
  if (to - from < 24) {
    for (let k = from; k < to; k++) out[at++] = src[k]!;
    return at;
  }
  out.set(src.subarray(from, to), at);
  return at + (to - from);
}
