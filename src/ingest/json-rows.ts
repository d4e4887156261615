// Rows as one JSON text for the bulk writer's 'json' form (src/ingest/insert-sql.ts): a JSON array
// of rows, each an array of its column values, which SQLite takes apart itself
// (INSERT … SELECT r->>0, … FROM json_each(?)). Over HTTP every bound value is a typed object of
// the Hrana request that sqld parses on its one core; one JSON text cut sqld's CPU per figure by
// about a third (README, Benchmarks: ingest). One SQL text for any number of rows.
//
// SQLite must read back exactly what binding would have stored. Text and integers it does. A
// decimal fraction it does not always: its JSON parser rounds some 16–17 digit numbers one unit
// off (61 of 600,000 random doubles). So a fraction travels as [m, e], the integer m and the power
// of two 2^e it is divided by (every finite double is one), which SQLite divides exactly. A value
// that cannot travel so (a fraction needing more than 62 binary places, -0, a string with a lone
// surrogate) makes its row go bound, value by value, instead.
import type { InValue } from '@libsql/client';

/**
 * Rows per JSON statement: a bound text has no count limit, but a whole transaction's figures in
 * one would be megabytes in one string, twice (ours and SQLite's copy); this keeps it near one.
 */
export const ROWS_PER_STATEMENT = 2000;
/** 2^62 is the largest power of two SQLite's integers hold (1 << 62). */
const MAX_BINARY_PLACES = 62;

export type JsonValue = string | number | null | [number, number];

/** v = m / 2^e with m an integer, the smallest such e; null when e would pass MAX_BINARY_PLACES. */
export function binaryFraction(v: number): [number, number] | null {
  let m = v;
  let e = 0;
  // Doubling is exact, and a finite double becomes an integer within 1,074 doublings.
  while (!Number.isInteger(m)) {
    if (++e > MAX_BINARY_PLACES) return null;
    m *= 2;
  }
  return [m, e];
}

/** Node 20 has String.prototype.isWellFormed; the ES2023 library types do not declare it yet. */
const wellFormed = (s: string) => (s as unknown as { isWellFormed(): boolean }).isWellFormed();

/** A bound value as it travels in JSON (`real`: the column is REAL), or undefined when it cannot travel exactly. */
export function jsonValue(value: InValue, real: boolean): JsonValue | undefined {
  if (value === null) return null;
  if (typeof value === 'string') return wellFormed(value) ? value : undefined;
  if (typeof value !== 'number' || Object.is(value, -0)) return undefined; // -0, a bigint, boolean or blob
  if (Number.isSafeInteger(value)) return value;
  return (real && binaryFraction(value)) || undefined;
}

/**
 * The INSERT that takes rows of `columns` (in order, `real` for REAL ones) from one JSON text.
 * jsonb() once per row, materialized, so each column's ->> walks a parsed row instead of parsing
 * its text again (23 times a figure row). `WHERE true`: without it SQLite would read ON CONFLICT
 * as the ON of a join (the documented ambiguity of INSERT … SELECT … ON CONFLICT).
 */
export function jsonInsertSql(table: string, columns: readonly { name: string; real: boolean }[], onConflict: string): string {
  const names = columns.map((c) => `"${c.name}"`).join(', ');
  const picks = columns
    .map(({ real }, i) =>
      real ? `CASE json_type(r, '$[${i}]') WHEN 'array' THEN (r->>'$[${i}][0]') / CAST(1 << (r->>'$[${i}][1]') AS REAL) ELSE r->>${i} END` : `r->>${i}`,
    )
    .join(', ');
  return `WITH rows(r) AS MATERIALIZED (SELECT jsonb(value) FROM json_each(?)) INSERT INTO "${table}" (${names}) SELECT ${picks} FROM rows WHERE true${onConflict}`;
}
