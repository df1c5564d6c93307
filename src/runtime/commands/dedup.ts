import type { DedupCommand } from '../../ast/nodes.js';
import { scalarText, valuesOf, type Row, type Table } from '../../values/value.js';
import { boolOption, checkOptions, parseCount } from '../options.js';
import { rowComparator } from '../sort-keys.js';

/**
 * dedup [N] fields [keepempty=] [consecutive=] [keepevents=] [sortby keys]
 * https://docs.splunk.com/Documentation/Splunk/latest/SearchReference/Dedup
 * - Keeps the first N (default 1) results of each combination of the fields'
 *   values, in result order; values compare as exact strings, and a multivalue
 *   field matches only when all its values do (in order).
 * - Results missing any of the fields are dropped, or all kept with keepempty=true.
 * - consecutive=true removes only duplicates that follow each other.
 * - keepevents=true keeps every result, removing the fields from the duplicates.
 * - sortby sorts the remaining results afterwards (no result limit).
 */
export function applyDedup(table: Table, cmd: DedupCommand): Table {
  checkOptions('dedup', cmd.options, ['keepempty', 'consecutive', 'keepevents']);
  const keep = cmd.count === undefined ? 1 : parseCount(cmd.count.text, cmd.count.span, 'dedup count');
  const keepEmpty = boolOption(cmd.options, 'keepempty', false);
  const consecutive = boolOption(cmd.options, 'consecutive', false);
  const keepEvents = boolOption(cmd.options, 'keepevents', false);
  const fields = cmd.fields.map((w) => w.text);
  const seen = new Map<string, number>();
  let run: { key: string; n: number } | undefined;
  const rows: Row[] = [];
  for (const row of table.rows) {
    const key = keyOf(row, fields);
    if (key === undefined) {
      if (keepEmpty) rows.push(row);
      continue;
    }
    let n: number;
    if (consecutive) {
      run = run?.key === key ? { key, n: run.n + 1 } : { key, n: 1 };
      n = run.n;
    } else {
      n = (seen.get(key) ?? 0) + 1;
      seen.set(key, n);
    }
    if (n <= keep) rows.push(row);
    else if (keepEvents) rows.push(withoutFields(row, fields));
  }
  if (cmd.sortby.length > 0) rows.sort(rowComparator(cmd.sortby, false));
  return { fields: table.fields, rows };
}

function keyOf(row: Row, fields: readonly string[]): string | undefined {
  const parts: string[][] = [];
  for (const field of fields) {
    const values = valuesOf(row.get(field));
    if (values.length === 0) return undefined;
    parts.push(values.map(scalarText));
  }
  return JSON.stringify(parts);
}

function withoutFields(row: Row, fields: readonly string[]): Row {
  const out: Row = new Map(row);
  for (const field of fields) out.delete(field);
  return out;
}
