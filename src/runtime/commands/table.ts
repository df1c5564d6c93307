import type { TableCommand } from '../../ast/nodes.js';
import type { FieldValue, Row, Table } from '../../values/value.js';
import { allFields, expandFieldList } from '../field-glob.js';

/**
 * table: only the named fields, in the order named. A wildcard expands to the
 * matching fields in their current order [INF]; a plain name that no result has
 * still gets its (empty) column. Internal fields such as `_time` are kept only
 * when named.
 * https://docs.splunk.com/Documentation/Splunk/latest/SearchReference/Table
 */
export function applyTable(table: Table, cmd: TableCommand): Table {
  const fields = expandFieldList(cmd.fields, allFields(table));
  return { fields, rows: table.rows.map((row) => pick(row, fields)) };
}

/** The row restricted to `fields`, in that order. */
export function pick(row: Row, fields: readonly string[]): Row {
  const out: Row = new Map<string, FieldValue>();
  for (const field of fields) {
    const value = row.get(field);
    if (value !== undefined) out.set(field, value);
  }
  return out;
}
