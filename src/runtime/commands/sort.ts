import type { SortCommand } from '../../ast/nodes.js';
import type { Table } from '../../values/value.js';
import { parseCount } from '../options.js';
import { rowComparator } from '../sort-keys.js';

/** "If no count is specified, the default limit of 10000 is used." */
const DEFAULT_LIMIT = 10_000;

/**
 * sort [N] keys [d]: a stable sort by the keys (see sort-keys.ts for the
 * ordering), then the first N results; N=0 keeps all. A trailing `d` reverses
 * every key's direction; missing values stay last.
 * https://docs.splunk.com/Documentation/Splunk/latest/SearchReference/Sort
 */
export function applySort(table: Table, cmd: SortCommand): Table {
  const limit = cmd.count === undefined ? DEFAULT_LIMIT : parseCount(cmd.count.text, cmd.count.span, 'sort count');
  const sorted = [...table.rows].sort(rowComparator(cmd.keys, cmd.descending));
  return { fields: table.fields, rows: limit === 0 ? sorted : sorted.slice(0, limit) };
}
