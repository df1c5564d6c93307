/**
 * The detection's result rows as both sides produce them, written to a file by
 * each child and compared by the parent: the benchmark fails if splice and the
 * hand-written query disagree on the row count or any key column, or if an
 * engine's rows differ from SQLite's in any cell.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import type { FieldValue, Table } from '../../src/values/value.js';

/** Field → text; multivalue fields are their values one a line, as Splunk's CSV export writes them. */
export type ResultRow = Readonly<Record<string, string>>;

/** The group-by fields, the aggregates and the GeoIP fields (splice's iplocation adds them only when found). */
export const KEY_COLUMNS = ['src_ip', 'dest_ip', 'dest_port', 'start_time', 'end_time', 'count', 'action', 'app', 'sourcetype', 'City', 'Country'] as const;

export function writeResultRows(path: string, rows: readonly ResultRow[]): void {
  writeFileSync(path, rows.map((r) => JSON.stringify(r)).join('\n'));
}

/** splice's result table as text rows, in its row order. */
export function tableResultRows(table: Table): ResultRow[] {
  return table.rows.map((row) => Object.fromEntries([...row].map(([k, v]) => [k, cellText(v)])));
}

function cellText(value: FieldValue): string {
  return Array.isArray(value) ? value.map(String).join('\n') : String(value);
}

function readResultRows(path: string): ResultRow[] {
  const text = readFileSync(path, 'utf8');
  return text === '' ? [] : text.split('\n').map((line) => JSON.parse(line) as ResultRow);
}

function keyOf(row: ResultRow): string {
  return JSON.stringify(KEY_COLUMNS.map((c) => row[c] ?? ''));
}

/** Undefined when both files hold the same rows (in any order); otherwise what differs first. */
export function compareResultRows(splicePath: string, handPath: string): string | undefined {
  const splice = readResultRows(splicePath).map(keyOf).sort();
  const hand = readResultRows(handPath).map(keyOf).sort();
  if (splice.length !== hand.length) return `splice returned ${splice.length} rows, the hand-written query ${hand.length}`;
  const i = splice.findIndex((key, n) => key !== hand[n]);
  if (i < 0) return undefined;
  return `first differing row (sorted) at ${i}, columns ${KEY_COLUMNS.join(',')}:\n  splice: ${splice[i]}\n  hand:   ${hand[i]}`;
}

/** A row with its fields in name order, so two rows with the same cells print the same. */
function allCells(row: ResultRow): string {
  return JSON.stringify(Object.entries(row).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/**
 * Undefined when both files hold the same rows in the same order, every field
 * and cell equal; otherwise the row count or the first row that differs.
 */
export function compareAllCells(referencePath: string, otherPath: string, names: readonly [string, string]): string | undefined {
  const reference = readResultRows(referencePath).map(allCells);
  const other = readResultRows(otherPath).map(allCells);
  if (reference.length !== other.length) return `${names[0]} returned ${reference.length} rows, ${names[1]} ${other.length}`;
  const i = reference.findIndex((row, n) => row !== other[n]);
  if (i < 0) return undefined;
  return `first differing row at ${i} (fields in name order):\n  ${names[0]}: ${reference[i]}\n  ${names[1]}: ${other[i]}`;
}
