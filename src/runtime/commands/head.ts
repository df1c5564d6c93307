import type { HeadCommand } from '../../ast/nodes.js';
import type { Table } from '../../values/value.js';
import { checkOptions, intOption, parseCount } from '../options.js';

/**
 * head [N] / tail [N] (or limit=N), N defaulting to 10. head keeps the first N
 * results; tail the last N, "returned in reverse order, starting at the end of
 * the result set". head's (eval) form and its null=/keeplast= options are refused.
 * https://docs.splunk.com/Documentation/Splunk/latest/SearchReference/Head
 * https://docs.splunk.com/Documentation/Splunk/latest/SearchReference/Tail
 */
export function applyHead(table: Table, cmd: HeadCommand): Table {
  checkOptions(cmd.kind, cmd.options, ['limit']);
  const n = cmd.count === undefined ? intOption(cmd.options, 'limit', 10) : parseCount(cmd.count.text, cmd.count.span, `${cmd.kind} count`);
  if (cmd.kind === 'head') return { fields: table.fields, rows: table.rows.slice(0, n) };
  return { fields: table.fields, rows: n === 0 ? [] : table.rows.slice(-n).reverse() };
}
