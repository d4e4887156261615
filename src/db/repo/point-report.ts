// What observation grouping reads of a point (id, series, kind, value, low, high, asOf, asOfTo,
// document id), read back from the head of the point's figure JSON and of its document's: SQLite
// writing those nine values again per point as a JSON array, and JSON.parse reading them, cost
// about a sixth of a series answer. The figure's text comes from src/db/figure-json.ts, whose keys
// open in a fixed order, without spaces; anything unexpected (an escape or a non-ASCII byte in a
// string, a key out of place, a number JavaScript reads otherwise) gives null, and the caller
// refuses the text path rather than guess. Written over the bytes by hand: a point costs a few
// hundred instructions, where decoding its head to parse it cost more than the array it replaces.
import type { Report } from '../../series/observations';

const encoder = new TextEncoder();
const OPEN_ID = encoder.encode('{"id":');
const SERIES = encoder.encode('"series":');
const VALUE = encoder.encode('"value":');
const UNIT = encoder.encode('"unit":');
const LOW = encoder.encode('"low":');
const HIGH = encoder.encode('"high":');
const APPROX = encoder.encode('"approx":');
const KIND = encoder.encode('"kind":');
const AS_OF = encoder.encode('"asOf":');
const AS_OF_TO = encoder.encode('"asOfTo":');
const NULL = encoder.encode('null');
const QUOTE = 0x22;
const COMMA = 0x2c;
const ZERO = 0x30;
const NINE = 0x39;
const MINUS = 0x2d;

/** Where `literal` ends if it comes at `at` in `bytes`, else -1. */
function past(bytes: Uint8Array, at: number, literal: Uint8Array): number {
  if (at < 0 || at + literal.length > bytes.length) return -1;
  for (let k = 0; k < literal.length; k++) if (bytes[at + k] !== literal[k]) return -1;
  return at + literal.length;
}

/** The ASCII of bytes[from, to) as a string; reuses `last` when it holds the same characters. */
function ascii(bytes: Uint8Array, from: number, to: number, last: string): string {
  if (last.length === to - from) {
    let same = true;
    for (let k = 0; k < last.length && same; k++) same = last.charCodeAt(k) === bytes[from + k];
    if (same) return last;
  }
  return String.fromCharCode.apply(null, bytes.subarray(from, to) as unknown as number[]);
}

/** One point's reading: where the scan is (-1 once something was not as expected) and what it read. */
class Reader {
  at = 0;
  private bytes: Uint8Array = new Uint8Array(0);
  // The strings of the point before, reused when they repeat (one series, a few kinds and days).
  private series = '';
  private kind = '';
  private asOf = '';
  private asOfTo = '';

  report(figure: Uint8Array, figureStart: number, document: Uint8Array, documentStart: number): (Report & { asOf: string }) | null {
    this.bytes = figure;
    this.at = past(figure, figureStart, OPEN_ID);
    const id = this.number();
    this.at = past(figure, this.at, SERIES);
    const series = (this.series = this.string(this.series));
    this.at = past(figure, this.at, VALUE);
    const value = this.number();
    this.at = past(figure, this.at, UNIT);
    this.string('');
    this.at = past(figure, this.at, LOW);
    const low = this.isNull() ? null : this.number();
    this.at = past(figure, this.at, HIGH);
    const high = this.isNull() ? null : this.number();
    this.at = past(figure, this.at, APPROX);
    this.skip();
    this.at = past(figure, this.at, KIND);
    const kind = (this.kind = this.string(this.kind)) as Report['kind'];
    this.at = past(figure, this.at, AS_OF);
    const asOf = (this.asOf = this.string(this.asOf));
    this.at = past(figure, this.at, AS_OF_TO);
    const asOfTo = this.isNull() ? null : (this.asOfTo = this.string(this.asOfTo));
    if (this.at < 0) return null;
    this.bytes = document;
    this.at = past(document, documentStart, OPEN_ID);
    const documentId = this.number();
    if (this.at < 0) return null;
    return { id, series, kind, value, low, high, asOf, asOfTo, document: { id: documentId } };
  }

  /** A number up to the next comma, then past the comma. Whole ones are read digit by digit. */
  private number(): number {
    const bytes = this.bytes;
    const from = this.at;
    if (from < 0) return NaN;
    let at = from;
    let whole = 0;
    let digits = true;
    const negative = bytes[at] === MINUS;
    if (negative) at++;
    for (; at < bytes.length && bytes[at] !== COMMA; at++) {
      const b = bytes[at]!;
      if (b >= ZERO && b <= NINE) whole = whole * 10 + (b - ZERO);
      else digits = false;
    }
    if (at >= bytes.length || at === from) {
      this.at = -1;
      return NaN;
    }
    this.at = at + 1;
    // Up to 15 digits (what figure-json.ts writes whole) sum exactly; anything else as JavaScript reads it.
    if (digits && at - from - (negative ? 1 : 0) <= 15) return negative ? -whole : whole;
    const n = Number(String.fromCharCode.apply(null, bytes.subarray(from, at) as unknown as number[]));
    if (Number.isNaN(n)) this.at = -1;
    return n;
  }

  /** Whether `null,` comes next (and if so, past it). */
  private isNull(): boolean {
    const end = past(this.bytes, this.at, NULL);
    if (end < 0 || this.bytes[end] !== COMMA) return false;
    this.at = end + 1;
    return true;
  }

  /** A string without escapes or non-ASCII characters, then past the comma after it. */
  private string(last: string): string {
    const bytes = this.bytes;
    if (this.at < 0 || bytes[this.at] !== QUOTE) {
      this.at = -1;
      return '';
    }
    const from = this.at + 1;
    const to = bytes.indexOf(QUOTE, from);
    if (to < 0 || bytes[to + 1] !== COMMA) {
      this.at = -1;
      return '';
    }
    for (let k = from; k < to; k++) {
      const b = bytes[k]!;
      if (b === 0x5c || b >= 0x80) {
        this.at = -1;
        return '';
      }
    }
    this.at = to + 2;
    return ascii(bytes, from, to, last);
  }

  /** Past the next comma (a value read for nothing). */
  private skip(): void {
    if (this.at < 0) return;
    const comma = this.bytes.indexOf(COMMA, this.at);
    this.at = comma < 0 ? -1 : comma + 1;
  }
}

/**
 * A reader of reports: `report` gives the report of the point whose figure text starts at
 * `figureStart` in `figure` and whose document text starts at `documentStart` in `document`, or
 * null where the texts are not as expected. One reader per series read: it reuses the strings of
 * the point before.
 */
export function reportReader(): Pick<Reader, 'report'> {
  return new Reader();
}
