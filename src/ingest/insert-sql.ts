// Multi-row INSERTs written from the drizzle table definitions, with the values encoded by the
// columns' own drivers (JSON text, booleans as 0/1) — so the bulk writer stores exactly what
// drizzle would, without paying drizzle's query building for every row (30–60 µs a figure row).
//
// Two forms, for the writer's (BulkWriter.rowsAs) connection:
// - 'values': INSERT … VALUES (?, …), (?, …) with every value bound, cut into statements of a few
//   fixed sizes (the largest the parameter limit allows, then powers of two), so the same few SQL
//   texts come back batch after batch and a native connection prepares each once
//   (src/db/native-writer.ts). Binding is cheap in process: this form stored ~1.6× the figures per
//   CPU-second of the JSON form on a file (README, Benchmarks: ingest).
// - 'json': the rows as ONE bound value, a JSON array of rows (each an array of its column
//   values), which SQLite takes apart itself (INSERT … SELECT r->>0, … FROM json_each(?)). Over
//   HTTP every bound value is a typed object of the Hrana request that sqld parses on its one
//   core; one JSON text halved sqld's CPU per figure. One SQL text for any number of rows.
//
// In JSON, SQLite must read back exactly what binding would have stored. Text and integers it
// does. A decimal fraction it does not always: its JSON parser rounds some 16–17 digit numbers one
// unit off (61 of 600,000 random doubles). So a fraction travels as [m, e], the integer m and the
// power of two 2^e it is divided by (every finite double is one), which SQLite divides exactly.
// The rare row that cannot travel so (a fraction needing more than 62 binary places, -0, a
// string with a lone surrogate) is bound value by value instead, in a statement of its own.
import { Column, getTableColumns, getTableName, type Table } from 'drizzle-orm';
import type { InStatement, InValue } from '@libsql/client';
import type { BulkWriter } from '../db/native-writer';

export type RowsAs = BulkWriter['rowsAs'];

export interface Inserter<Row> {
  /**
   * INSERT statements for `rows`, in order: 'values' (the default) binds every value; 'json'
   * sends up to ROWS_PER_STATEMENT rows per statement as one JSON text, then any rows that must
   * be bound.
   */
  statements(rows: readonly Row[], as?: RowsAs): InStatement[];
}

/**
 * Rows per JSON statement: a bound text has no count limit, but a whole transaction's figures in
 * one would be megabytes in one string, twice (ours and SQLite's copy); this keeps it near one.
 */
export const ROWS_PER_STATEMENT = 2000;
/** SQLite binds at most 32,766 parameters per statement; stay well below on every engine. */
const MAX_PARAMETERS = 8000;
/** How many rows the next VALUES statement takes: the largest size, else the largest power of two that fits. */
export function statementSize(left: number, largest: number): number {
  if (left >= largest) return largest;
  return 2 ** Math.floor(Math.log2(left));
}

/** 2^62 is the largest power of two SQLite's integers hold (1 << 62). */
const MAX_BINARY_PLACES = 62;

type Encoded = InValue | [number, number];

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

export function inserter<Row extends Record<string, unknown>>(table: Table, conflict: 'fail' | 'ignore' = 'fail'): Inserter<Row> {
  const name = getTableName(table);
  const columns = Object.entries(getTableColumns(table)).map(([key, column]) => ({
    key,
    real: column.columnType === 'SQLiteReal',
    // Most columns hand their value to the driver as it is; only the overridden ones (JSON,
    // boolean) are asked, which keeps the common case a plain copy.
    encode: column.mapToDriverValue === Column.prototype.mapToDriverValue ? null : (v: unknown) => column.mapToDriverValue(v) as InValue,
  }));
  const names = Object.values(getTableColumns(table)).map((c) => `"${c.name}"`).join(', ');
  // As drizzle's onConflictDoNothing: only a duplicate key is skipped, never a NOT NULL failure.
  const onConflict = conflict === 'ignore' ? ' ON CONFLICT DO NOTHING' : '';

  // jsonb() once per row, materialized, so each column's ->> walks a parsed row instead of
  // parsing its text again (23 times a figure row). `WHERE true`: without it SQLite would read ON
  // CONFLICT as the ON of a join (the documented ambiguity of INSERT … SELECT … ON CONFLICT).
  const picks = columns
    .map(({ real }, i) =>
      real ? `CASE json_type(r, '$[${i}]') WHEN 'array' THEN (r->>'$[${i}][0]') / CAST(1 << (r->>'$[${i}][1]') AS REAL) ELSE r->>${i} END` : `r->>${i}`,
    )
    .join(', ');
  const jsonSql = `WITH rows(r) AS MATERIALIZED (SELECT jsonb(value) FROM json_each(?)) INSERT INTO "${name}" (${names}) SELECT ${picks} FROM rows WHERE true${onConflict}`;
  const tuple = `(${columns.map(() => '?').join(', ')})`;
  const valuesSql = new Map<number, string>();
  const valuesFor = (n: number) => {
    let text = valuesSql.get(n);
    if (!text) valuesSql.set(n, (text = `INSERT INTO "${name}" (${names}) VALUES ${new Array<string>(n).fill(tuple).join(', ')}${onConflict}`));
    return text;
  };
  const width = columns.length;
  const largest = Math.max(1, Math.floor(MAX_PARAMETERS / width));

  /** A column's value as the driver binds it, checked. */
  const valueOf = (row: Row, { key, encode }: (typeof columns)[number]): InValue => {
    const raw = row[key];
    // Every column is written, so a forgotten one is a bug here, not a silent default.
    if (raw === undefined) throw new Error(`insert into ${name}: no value for ${key}`);
    if (typeof raw === 'number' && !Number.isFinite(raw)) throw new Error(`insert into ${name}: ${key} is ${raw}, not a finite number`);
    return raw === null || encode === null ? (raw as InValue) : encode(raw);
  };

  /** VALUES statements binding every value of `rows`, written straight into each statement's arguments. */
  const bind = (rows: readonly Row[], out: InStatement[]) => {
    for (let at = 0; at < rows.length; ) {
      const n = statementSize(rows.length - at, largest);
      const args = new Array<InValue>(n * width);
      let i = 0;
      for (let r = at; r < at + n; r++) for (const column of columns) args[i++] = valueOf(rows[r]!, column);
      out.push({ sql: valuesFor(n), args });
      at += n;
    }
  };

  /** The row as JSON values; null when one of them cannot travel in JSON exactly. */
  const jsonRow = (row: Row): Encoded[] | null => {
    const json: Encoded[] = [];
    for (const column of columns) {
      const value = valueOf(row, column);
      if (value === null) json.push(null);
      else if (typeof value === 'string') {
        if (!wellFormed(value)) return null;
        json.push(value);
      } else if (typeof value === 'number' && !Object.is(value, -0)) {
        if (Number.isSafeInteger(value)) json.push(value);
        else {
          const fraction = column.real ? binaryFraction(value) : null;
          if (!fraction) return null;
          json.push(fraction);
        }
      } else return null; // -0, a bigint, boolean or blob: bound as it is
    }
    return json;
  };

  return {
    statements(rows, as = 'values') {
      const out: InStatement[] = [];
      if (as === 'values') {
        bind(rows, out);
        return out;
      }
      const inJson: Encoded[][] = [];
      const bound: Row[] = [];
      for (const row of rows) {
        const json = jsonRow(row);
        if (json) inJson.push(json);
        else bound.push(row);
      }
      for (let at = 0; at < inJson.length; at += ROWS_PER_STATEMENT) {
        out.push({ sql: jsonSql, args: [JSON.stringify(inJson.slice(at, at + ROWS_PER_STATEMENT))] });
      }
      bind(bound, out);
      return out;
    },
  };
}
