import type { EvalCommand } from '../../ast/nodes.js';
import { errorAt } from '../../diagnostics/diagnostic.js';
import type { Row, Table } from '../../values/value.js';
import type { EvalPort } from '../eval-port.js';

/**
 * eval a=expr, b=expr …: the assignments run left to right on each result, each
 * seeing the fields the earlier ones set. A null result removes the field. A new
 * field is added at the end of the field list; an existing one keeps its place.
 * fieldformat (which changes only how a value is shown) and foreach's <<FIELD>>
 * targets are refused here.
 * https://docs.splunk.com/Documentation/Splunk/latest/SearchReference/Eval
 */
export function applyEval(table: Table, cmd: EvalCommand, port: EvalPort): Table {
  if (cmd.kind === 'fieldformat') throw errorAt('unsupported', 'unsupported: fieldformat', cmd.span);
  const template = cmd.assignments.find((a) => a.field.text.includes('<<'));
  if (template !== undefined) throw errorAt('unsupported', `unsupported: eval target ${template.field.text} outside foreach`, template.field.span);
  const fields = [...table.fields];
  const rows = table.rows.map((row) => {
    const out: Row = new Map(row);
    for (const { field, expr } of cmd.assignments) {
      const value = port.value(expr, out);
      if (value === undefined) out.delete(field.text);
      else out.set(field.text, value);
    }
    return out;
  });
  for (const { field } of cmd.assignments) {
    if (!fields.includes(field.text) && rows.some((r) => r.has(field.text))) fields.push(field.text);
  }
  return { fields, rows };
}
