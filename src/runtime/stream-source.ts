import type { OutputColumn, SqlSource } from '../plan/plan.js';
import type { Dialect } from '../sql/dialects/dialect.js';
import { printSelect } from '../sql/print.js';
import type { FieldValue, Row } from '../values/value.js';
import type { SqliteDatabase } from '../exec/sqlite.js';

/**
 * The rows of a plan's SQL, decoded one at a time as SQLite produces them. The
 * statement is prepared now (so SQL errors surface before any row is read);
 * it runs as the rows are pulled, and stops when the iterator is returned.
 */
export function sqlRows(source: SqlSource, db: SqliteDatabase, dialect: Dialect): Iterable<Row> {
  const printed = printSelect(source.select, dialect);
  const statement = db.prepare(printed.sql).raw(true);
  return {
    *[Symbol.iterator]() {
      for (const cells of statement.iterate(...printed.params) as Iterable<unknown[]>) yield decodeRow(cells, source.columns);
    },
  };
}

function decodeRow(cells: readonly unknown[], columns: readonly OutputColumn[]): Row {
  const row: Row = new Map();
  columns.forEach((column, i) => {
    const value = decodeCell(cells[i], column);
    if (value !== undefined) row.set(column.name, value);
  });
  return row;
}

/** SQL NULL and empty lists mean "no value"; a one-value list is that value (Splunk shows it so). */
function decodeCell(cell: unknown, column: OutputColumn): FieldValue | undefined {
  if (cell === null || cell === undefined) return undefined;
  if (column.decode === 'values-json') {
    const list = JSON.parse(String(cell)) as unknown[];
    const values = list.filter((v) => v !== null).map((v) => (typeof v === 'number' ? v : String(v)));
    if (values.length === 0) return undefined;
    return values.length === 1 ? values[0] : values;
  }
  if (typeof cell === 'number' || typeof cell === 'string') return cell;
  if (typeof cell === 'bigint') return Number(cell);
  return String(cell);
}
