// Multi-row INSERTs written from the drizzle table definitions, with the values encoded by the
// columns' own drivers (JSON text, booleans as 0/1) — so the bulk writer stores exactly what
// drizzle would, without paying drizzle's query building for every row (30–60 µs a figure row).
//
// A batch of any size is cut into statements of a few fixed sizes (the largest the parameter
// limit allows, then powers of two), so the same few SQL texts come back batch after batch: a
// native connection prepares each once (src/db/native-writer.ts) and sqld's statement cache
// knows them, where one statement of exactly the rows left over would be new text every time.
import { Column, getTableColumns, getTableName, type Table } from 'drizzle-orm';
import type { InStatement, InValue } from '@libsql/client';

export interface Inserter<Row> {
  /** INSERT statements for `rows`, in order, each of one of the inserter's few sizes. */
  statements(rows: readonly Row[]): InStatement[];
}

/** SQLite binds at most 32,766 parameters per statement; stay well below on every engine. */
const MAX_PARAMETERS = 8000;

/** How many rows the next statement takes: the largest size, else the largest power of two that fits. */
export function statementSize(left: number, largest: number): number {
  if (left >= largest) return largest;
  return 2 ** Math.floor(Math.log2(left));
}

export function inserter<Row extends Record<string, unknown>>(table: Table, conflict: 'fail' | 'ignore' = 'fail'): Inserter<Row> {
  const name = getTableName(table);
  const columns = Object.entries(getTableColumns(table)).map(([key, column]) => ({
    key,
    // Most columns hand their value to the driver as it is; only the overridden ones (JSON,
    // boolean) are asked, which keeps the common case a plain copy.
    encode: column.mapToDriverValue === Column.prototype.mapToDriverValue ? null : (v: unknown) => column.mapToDriverValue(v) as InValue,
  }));
  const names = Object.values(getTableColumns(table)).map((c) => `"${c.name}"`).join(', ');
  const tuple = `(${columns.map(() => '?').join(', ')})`;
  const head = `INSERT INTO "${name}" (${names}) VALUES `;
  // As drizzle's onConflictDoNothing: only a duplicate key is skipped, never a NOT NULL failure.
  const tail = conflict === 'ignore' ? ' ON CONFLICT DO NOTHING' : '';
  const largest = Math.max(1, Math.floor(MAX_PARAMETERS / columns.length));
  const sqlFor = new Map<number, string>();
  const sql = (n: number) => {
    let text = sqlFor.get(n);
    if (!text) sqlFor.set(n, (text = head + new Array<string>(n).fill(tuple).join(', ') + tail));
    return text;
  };
  const width = columns.length;
  return {
    statements(rows) {
      const out: InStatement[] = [];
      for (let at = 0; at < rows.length; ) {
        const n = statementSize(rows.length - at, largest);
        const args = new Array<InValue>(n * width);
        let i = 0;
        for (let r = at; r < at + n; r++) {
          const row = rows[r]!;
          for (const { key, encode } of columns) {
            const value = row[key];
            // Every column is written, so a forgotten one is a bug here, not a silent default.
            if (value === undefined) throw new Error(`insert into ${name}: no value for ${key}`);
            if (typeof value === 'number' && !Number.isFinite(value)) throw new Error(`insert into ${name}: ${key} is ${value}, not a finite number`);
            args[i++] = value === null || encode === null ? (value as InValue) : encode(value);
          }
        }
        out.push({ sql: sql(n), args });
        at += n;
      }
      return out;
    },
  };
}
