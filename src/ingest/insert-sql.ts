// Multi-row INSERTs written from the drizzle table definitions, with the values encoded by the
// columns' own drivers (JSON text, booleans as 0/1) — so the bulk writer stores exactly what
// drizzle would, without paying drizzle's query building for every row (30–60 µs a figure row).
import { getTableColumns, getTableName, type Table } from 'drizzle-orm';
import type { InStatement, InValue } from '@libsql/client';

export interface Inserter<Row> {
  /** INSERT statements for `rows`, at most `perStatement` rows each. */
  statements(rows: readonly Row[]): InStatement[];
}

/** SQLite binds at most 32,766 parameters per statement; stay well below on every engine. */
const MAX_PARAMETERS = 8000;

export function inserter<Row extends Record<string, unknown>>(table: Table, conflict: 'fail' | 'ignore' = 'fail'): Inserter<Row> {
  const columns = Object.entries(getTableColumns(table));
  const names = columns.map(([, c]) => `"${c.name}"`).join(', ');
  const tuple = `(${columns.map(() => '?').join(', ')})`;
  const head = `INSERT INTO "${getTableName(table)}" (${names}) VALUES `;
  // As drizzle's onConflictDoNothing: only a duplicate key is skipped, never a NOT NULL failure.
  const tail = conflict === 'ignore' ? ' ON CONFLICT DO NOTHING' : '';
  const perStatement = Math.max(1, Math.floor(MAX_PARAMETERS / columns.length));
  const sqlFor = new Map<number, string>();
  const sql = (n: number) => {
    let text = sqlFor.get(n);
    if (!text) sqlFor.set(n, (text = head + new Array<string>(n).fill(tuple).join(', ') + tail));
    return text;
  };
  return {
    statements(rows) {
      const out: InStatement[] = [];
      for (let i = 0; i < rows.length; i += perStatement) {
        const part = rows.slice(i, i + perStatement);
        const args: InValue[] = [];
        for (const row of part) {
          for (const [key, column] of columns) {
            const value = row[key];
            // Every column is written, so a forgotten one is a bug here, not a silent default.
            if (value === undefined) throw new Error(`insert into ${getTableName(table)}: no value for ${key}`);
            args.push(value === null ? null : (column.mapToDriverValue(value) as InValue));
          }
        }
        out.push({ sql: sql(part.length), args });
      }
      return out;
    },
  };
}
