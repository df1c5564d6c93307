import type { FillnullCommand } from '../../ast/nodes.js';
import { errorAt } from '../../diagnostics/diagnostic.js';
import type { Row, Table } from '../../values/value.js';
import { allFields } from '../field-glob.js';
import { checkOptions, stringOption } from '../options.js';

/**
 * fillnull [value=V] [fields]: sets V (default "0") on every listed field a
 * result lacks; a listed field no result has is created. Without a list, every
 * field of the results is filled ("If you do not specify a field list, the value
 * is applied to all fields"). An empty string is a value and is kept [INF].
 * https://docs.splunk.com/Documentation/Splunk/latest/SearchReference/Fillnull
 */
export function applyFillnull(table: Table, cmd: FillnullCommand): Table {
  checkOptions('fillnull', cmd.options, ['value']);
  const value = stringOption(cmd.options, 'value', '0');
  const wildcard = cmd.fields.find((w) => w.text.includes('*'));
  if (wildcard !== undefined) throw errorAt('unsupported', `unsupported: fillnull wildcard field ${wildcard.text}`, wildcard.span);
  const present = allFields(table);
  const targets = cmd.fields.length === 0 ? present : [...new Set(cmd.fields.map((w) => w.text))];
  const rows = table.rows.map((row) => {
    const out: Row = new Map(row);
    for (const field of targets) if (!out.has(field)) out.set(field, value);
    return out;
  });
  return { fields: [...new Set([...present, ...targets])], rows };
}
