/**
 * The detection's result rows as both sides produce them, written to a file by
 * each child and compared by the parent: the benchmark fails if splice and the
 * hand-written query disagree on the row count or any key column.
 */
import { readFileSync, writeFileSync } from 'node:fs';

/** Field → text; multivalue fields are their values one a line, as Splunk's CSV export writes them. */
export type ResultRow = Readonly<Record<string, string>>;

/** The group-by fields, the aggregates and the GeoIP fields (splice's iplocation adds them only when found). */
export const KEY_COLUMNS = ['src_ip', 'dest_ip', 'dest_port', 'start_time', 'end_time', 'count', 'action', 'app', 'sourcetype', 'City', 'Country'] as const;

export function writeResultRows(path: string, rows: readonly ResultRow[]): void {
  writeFileSync(path, rows.map((r) => JSON.stringify(r)).join('\n'));
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
