import type { OutputColumn, SqlSource } from '../plan/plan.js';
import type { FieldValue, Row, Scalar } from '../values/value.js';
import type { SqlRunner } from './sql-runner.js';
import { fieldValueOf } from './stats/accumulator.js';
import { capValues, DEFAULT_STATS_LIMITS, type StatsLimits } from './stats/limits.js';

/**
 * The rows of a plan's SQL, decoded one at a time as the runner produces them;
 * reading stops when the iterator is returned. values() lists are capped at
 * `limits.maxValues`, as the runtime's are.
 */
export function sqlRows(source: SqlSource, runner: SqlRunner, limits: StatsLimits = DEFAULT_STATS_LIMITS): Iterable<Row> {
  const cells = runner.cells(source);
  return {
    *[Symbol.iterator]() {
      for (const row of cells) yield decodeRow(row, source.columns, limits);
    },
  };
}

function decodeRow(cells: readonly unknown[], columns: readonly OutputColumn[], limits: StatsLimits): Row {
  const row: Row = new Map();
  columns.forEach((column, i) => {
    const value = decodeCell(cells[i], column, limits);
    if (value !== undefined) row.set(column.name, value);
  });
  return row;
}

/** SQL NULL and empty lists mean "no value"; a one-value list is that value (Splunk shows it so). */
function decodeCell(cell: unknown, column: OutputColumn, limits: StatsLimits): FieldValue | undefined {
  if (cell === null || cell === undefined) return undefined;
  const decode = column.decode;
  if (decode === 'values-json') return fieldValueOf(jsonList(cell));
  // The SQL sorted the list in byte order, so the cap keeps the values the runtime's values() keeps.
  if (typeof decode === 'object') return fieldValueOf(capValues(jsonList(cell), limits, decode.span));
  if (typeof cell === 'number' || typeof cell === 'string') return cell;
  if (typeof cell === 'bigint') return Number(cell);
  return String(cell);
}

function jsonList(cell: unknown): Scalar[] {
  const list = JSON.parse(String(cell)) as unknown[];
  return list.filter((v) => v !== null).map((v) => (typeof v === 'number' ? v : String(v)));
}
