import type { FieldsCommand } from '../../ast/nodes.js';
import type { Table } from '../../values/value.js';
import { allFields, expandFieldList, globMatcher } from '../field-glob.js';
import { pick } from './table.js';

/** The internal fields `fields` keeps unless they are removed explicitly. */
const KEPT_INTERNAL = ['_raw', '_time'];

/**
 * fields [+] list: keep only the listed fields (wildcards allowed), in list
 * order [INF]; fields - list: remove them.
 * "The fields command does not remove these internal fields [_raw and _time]
 * unless you explicitly specify that the fields should not appear": so `+`
 * keeps `_raw` and `_time` (after the listed fields), and `-` removes them only
 * with a pattern that itself starts with `_` (`fields - _*`, `fields - _time`).
 * A listed name that no result has adds no column.
 * https://docs.splunk.com/Documentation/Splunk/latest/SearchReference/Fields
 */
export function applyFields(table: Table, cmd: FieldsCommand): Table {
  const present = allFields(table);
  let fields: string[];
  if (cmd.mode === '+') {
    const listed = expandFieldList(cmd.fields, present).filter((f) => present.includes(f));
    fields = [...new Set([...listed, ...KEPT_INTERNAL.filter((f) => present.includes(f))])];
  } else {
    const removers = cmd.fields.map((w) => ({ match: globMatcher(w.text), internal: w.text.startsWith('_') }));
    const removed = (f: string): boolean => removers.some((r) => r.match(f) && (r.internal || !KEPT_INTERNAL.includes(f)));
    fields = present.filter((f) => !removed(f));
  }
  return { fields, rows: table.rows.map((row) => pick(row, fields)) };
}
