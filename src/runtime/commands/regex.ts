import type { RegexCommand } from '../../ast/nodes.js';
import { scalarText, valuesOf, type Table } from '../../values/value.js';
import { compilePcre } from '../eval/pcre.js';

/**
 * regex [field=|field!=]"regex": "Removes results that match or do not match the
 * specified regular expression." The regex is PCRE and unanchored; the field
 * defaults to _raw.
 * https://docs.splunk.com/Documentation/Splunk/latest/SearchReference/Regex
 * - field= keeps the results whose value matches; "To keep results that do not
 *   match, specify <field>!=<regex-expression>."
 * - A result without the field does not match, so field= drops it and field!=
 *   keeps it [INF: the docs' "results that do not match"].
 * - A multivalue field matches when any of its values does, so field!= keeps
 *   only results where none does [INF]. Numbers are matched as their text.
 */
export function applyRegex(table: Table, cmd: RegexCommand): Table {
  const field = cmd.field?.text ?? '_raw';
  const re = compilePcre(cmd.pattern.text, cmd.pattern.span);
  const rows = table.rows.filter((row) => {
    const matched = valuesOf(row.get(field)).some((v) => re.test(scalarText(v)));
    return matched !== cmd.negated;
  });
  return { fields: table.fields, rows };
}
