import type { MvexpandCommand } from '../../ast/nodes.js';
import { valuesOf, type Row, type Table } from '../../values/value.js';
import { checkOptions, intOption } from '../options.js';

/**
 * mvexpand field [limit=N]: one result per value of the field, other fields
 * copied; limit=N expands only the first N values (0, the default, all).
 * A result without the field yields no result [INF: an expansion over no
 * values; the docs are silent].
 * https://docs.splunk.com/Documentation/Splunk/latest/SearchReference/Mvexpand
 */
export function applyMvexpand(table: Table, cmd: MvexpandCommand): Table {
  checkOptions('mvexpand', cmd.options, ['limit']);
  const limit = intOption(cmd.options, 'limit', 0);
  const field = cmd.field.text;
  const rows: Row[] = [];
  for (const row of table.rows) {
    const values = valuesOf(row.get(field));
    for (const value of limit === 0 ? values : values.slice(0, limit)) rows.push(new Map(row).set(field, value));
  }
  return { fields: table.fields, rows };
}
