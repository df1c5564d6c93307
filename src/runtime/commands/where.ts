import type { WhereCommand } from '../../ast/nodes.js';
import type { Table } from '../../values/value.js';
import type { EvalPort } from '../eval-port.js';

/**
 * where expr: keeps the results for which the eval expression is true; false
 * and null drop the result.
 * https://docs.splunk.com/Documentation/Splunk/latest/SearchReference/Where
 */
export function applyWhere(table: Table, cmd: WhereCommand, port: EvalPort): Table {
  return { fields: table.fields, rows: table.rows.filter((row) => port.truth(cmd.expr, row)) };
}
