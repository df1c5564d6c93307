import type { AddtotalsCommand } from '../../ast/nodes.js';
import { errorAt } from '../../diagnostics/diagnostic.js';
import { valuesOf, type Row, type Table } from '../../values/value.js';
import { numberOf, tidy } from '../collate.js';
import { globMatcher } from '../field-glob.js';
import { boolOption, checkOptions, stringOption } from '../options.js';

/**
 * addtotals: for each result, the sum of its numeric fields, in a new field
 * (`fieldname=`, default "Total"). Without a field list every numeric field is
 * summed (field names may use `*`); values that are not numbers are skipped
 * (https://docs.splunk.com/Documentation/Splunk/latest/SearchReference/Addtotals).
 * Only row totals are supported: `col=true` (a totals row) is refused.
 */
export function applyAddtotals(table: Table, cmd: AddtotalsCommand): Table {
  checkOptions('addtotals', cmd.options, ['row', 'col', 'fieldname']);
  if (boolOption(cmd.options, 'col', false)) throw errorAt('unsupported', 'unsupported: addtotals col=true', cmd.span);
  if (!boolOption(cmd.options, 'row', true)) return table;
  const target = stringOption(cmd.options, 'fieldname', 'Total');
  const matchers = cmd.fields.map((f) => globMatcher(f.text));
  const rows = table.rows.map((row): Row => {
    let total = 0;
    for (const [field, value] of row) {
      if (field === target || (matchers.length > 0 && !matchers.some((m) => m(field)))) continue;
      for (const v of valuesOf(value)) {
        const n = numberOf(v);
        if (n !== undefined) total += n;
      }
    }
    return new Map(row).set(target, tidy(total));
  });
  return { fields: table.fields.includes(target) ? table.fields : [...table.fields, target], rows };
}
