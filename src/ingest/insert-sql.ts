// Multi-row INSERTs written from the drizzle table definitions, with the values encoded by the
// columns' own drivers (JSON text, booleans as 0/1) — so the bulk writer stores exactly what
// drizzle would, without paying drizzle's query building for every row (30–60 µs a figure row).
//
// Two forms, for the writer's connection (BulkWriter.rowsAs):
// - 'values': INSERT … VALUES (?, …), (?, …) with every value bound, cut into statements of a few
//   fixed sizes (the largest the parameter limit allows, then powers of two), so the same few SQL
//   texts come back batch after batch and a native connection prepares each once
//   (src/db/native-writer.ts). Binding is cheap in process: on a file this form stored ~1.6× the
//   figures per CPU-second of the JSON form.
// - 'json': the rows as one JSON text (src/ingest/json-rows.ts), for sqld over HTTP.
import { Column, getTableColumns, getTableName, type Table } from 'drizzle-orm';
import type { InStatement, InValue } from '@libsql/client';
import type { BulkWriter } from '../db/native-writer';
import { jsonInsertSql, jsonValue, ROWS_PER_STATEMENT, type JsonValue } from './json-rows';

export type RowsAs = BulkWriter['rowsAs'];

export interface Inserter<Row> {
  /**
   * INSERT statements for `rows`, in order: 'values' (the default) binds every value; 'json'
   * sends up to ROWS_PER_STATEMENT rows per statement as one JSON text, then binds any row that
   * cannot travel in JSON exactly.
   */
  statements(rows: readonly Row[], as?: RowsAs): InStatement[];
}

/** SQLite binds at most 32,766 parameters per statement; stay well below on every engine. */
const MAX_PARAMETERS = 8000;

/** How many rows the next VALUES statement takes: the largest size, else the largest power of two that fits. */
export function statementSize(left: number, largest: number): number {
  if (left >= largest) return largest;
  return 2 ** Math.floor(Math.log2(left));
}

export interface InserterOptions {
  /**
   * 'values' rows in as few statements as the parameter limit allows, each of exactly the rows
   * left, at the price of one more SQL text to prepare per new count. For a table with a full-text
   * trigger: FTS5 writes what it has tokenized as a new index segment at the start of every later
   * statement of the transaction (its savepoint method flushes), so each statement of documents
   * was one more segment for the index to merge again and again. Five-odd statements per 500
   * documents cost the FTS5 index ~1.4× the instructions of one (cachegrind, the bench's corpus).
   */
  fewestStatements?: boolean;
}

export function inserter<Row extends Record<string, unknown>>(table: Table, conflict: 'fail' | 'ignore' = 'fail', options: InserterOptions = {}): Inserter<Row> {
  const name = getTableName(table);
  const columns = Object.entries(getTableColumns(table)).map(([key, column]) => ({
    key,
    name: column.name,
    real: column.columnType === 'SQLiteReal',
    // Most columns hand their value to the driver as it is; only the overridden ones (JSON,
    // boolean) are asked, which keeps the common case a plain copy.
    encode: column.mapToDriverValue === Column.prototype.mapToDriverValue ? null : (v: unknown) => column.mapToDriverValue(v) as InValue,
  }));
  // As drizzle's onConflictDoNothing: only a duplicate key is skipped, never a NOT NULL failure.
  const onConflict = conflict === 'ignore' ? ' ON CONFLICT DO NOTHING' : '';
  const jsonSql = jsonInsertSql(name, columns, onConflict);
  const tuple = `(${columns.map(() => '?').join(', ')})`;
  const head = `INSERT INTO "${name}" (${columns.map((c) => `"${c.name}"`).join(', ')}) VALUES `;
  const valuesSql = new Map<number, string>();
  const valuesFor = (n: number) => {
    let text = valuesSql.get(n);
    if (!text) valuesSql.set(n, (text = head + new Array<string>(n).fill(tuple).join(', ') + onConflict));
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
      const n = options.fewestStatements ? Math.min(rows.length - at, largest) : statementSize(rows.length - at, largest);
      const args = new Array<InValue>(n * width);
      let i = 0;
      for (let r = at; r < at + n; r++) for (const column of columns) args[i++] = valueOf(rows[r]!, column);
      out.push({ sql: valuesFor(n), args });
      at += n;
    }
  };

  /** The row as JSON values; null when one of them cannot travel in JSON exactly. */
  const jsonRow = (row: Row): JsonValue[] | null => {
    const json: JsonValue[] = [];
    for (const column of columns) {
      const value = jsonValue(valueOf(row, column), column.real);
      if (value === undefined) return null;
      json.push(value);
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
      const inJson: JsonValue[][] = [];
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
