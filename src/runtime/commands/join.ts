import type { JoinCommand } from '../../ast/nodes.js';
import { errorAt } from '../../diagnostics/diagnostic.js';
import type { Span } from '../../diagnostics/span.js';
import { scalarText, valuesOf, type Row, type Table } from '../../values/value.js';
import { allFields } from '../field-glob.js';
import { boolOption, checkOptions, findOption, intOption } from '../options.js';

/**
 * "A maximum of 50,000 rows in the right-side dataset can be joined with the
 * left-side dataset": rows after these are not joined.
 */
export const JOIN_RIGHT_LIMIT = 50_000;

/**
 * join [type=inner|outer|left] [max=N] [overwrite=B] [fields] [subsearch], with
 * `right` the subsearch's results (the caller runs it).
 * https://docs.splunk.com/Documentation/Splunk/latest/SearchReference/Join
 * - Join fields: the listed ones; with none, "all of the fields that are common
 *   to both result sets" (in left-side order). Field names match case-sensitively.
 * - A left row matches a right row when every join field has the same text in
 *   both (case-sensitive, numbers as printed) [INF]. A row missing a join field
 *   matches nothing [INF]; a multivalue join field is refused (the docs do not
 *   say how its values compare).
 * - type: inner (default) drops left rows without a match; left and outer keep
 *   them unchanged ("left (or outer) join").
 * - max: "the maximum number of subsearch results that each main search result
 *   can join with. If set to max=0, there is no limit"; default 1. Each join
 *   gives one row, right rows taken in their order.
 * - overwrite (default true): whether right-side fields "overwrite the fields
 *   from the main results, if the fields have the same field name"; with false
 *   a right value still fills a field the left row lacks [INF].
 * - Fields: the left ones, then right-side fields some joined row received.
 * - usetime=true is refused; earlier= only acts with usetime=true ("If
 *   usetime=true and earlier=true …"), so it is checked and otherwise inert.
 *   The SPL2-style left=/right=/where form is refused as unknown options.
 */
export function applyJoin(left: Table, cmd: JoinCommand, right: Table): Table {
  checkOptions('join', cmd.options, ['type', 'max', 'overwrite', 'usetime', 'earlier']);
  const usetime = findOption(cmd.options, 'usetime');
  if (usetime !== undefined && boolOption(cmd.options, 'usetime', false)) {
    throw errorAt('unsupported', 'unsupported: join usetime=true', usetime.span);
  }
  boolOption(cmd.options, 'earlier', true);
  const keepUnmatched = joinType(cmd) !== 'inner';
  const max = intOption(cmd.options, 'max', 1);
  const overwrite = boolOption(cmd.options, 'overwrite', true);
  const rightRows = right.rows.slice(0, JOIN_RIGHT_LIMIT);
  const keys = joinFields(left, cmd, right);
  if (keys.length === 0 && rightRows.length > 0) {
    throw errorAt('unsupported', 'unsupported: join without fields when the two sides have no field in common', cmd.span);
  }
  const index = indexRows(rightRows, keys);
  const keyNames = new Set(keys.map((k) => k.name));
  const received = new Set<string>();
  const rows: Row[] = [];
  for (const row of left.rows) {
    const key = keyOf(row, keys);
    const partners = key === undefined ? [] : (index.get(key) ?? []);
    if (partners.length === 0 && keepUnmatched) rows.push(row);
    for (const partner of max === 0 ? partners : partners.slice(0, max)) {
      const out: Row = new Map(row);
      for (const [name, value] of partner) {
        if (keyNames.has(name) || (!overwrite && out.has(name))) continue;
        out.set(name, value);
        received.add(name);
      }
      rows.push(out);
    }
  }
  const added = allFields(right).filter((f) => received.has(f) && !left.fields.includes(f));
  return { fields: [...left.fields, ...added], rows };
}

type JoinType = 'inner' | 'left' | 'outer';

function joinType(cmd: JoinCommand): JoinType {
  const option = findOption(cmd.options, 'type');
  if (option === undefined) return 'inner';
  const text = option.value.text.toLowerCase();
  if (text === 'inner' || text === 'left' || text === 'outer') return text;
  throw errorAt('invalid-argument', `join type= expects inner, outer or left, not "${option.value.text}"`, option.value.span);
}

interface KeyField {
  readonly name: string;
  readonly at: Span;
}

function joinFields(left: Table, cmd: JoinCommand, right: Table): KeyField[] {
  if (cmd.fields.length > 0) {
    const wildcard = cmd.fields.find((w) => w.text.includes('*'));
    if (wildcard !== undefined) throw errorAt('unsupported', `unsupported: join wildcard field ${wildcard.text}`, wildcard.span);
    const byName = new Map<string, KeyField>();
    for (const w of cmd.fields) if (!byName.has(w.text)) byName.set(w.text, { name: w.text, at: w.span });
    return [...byName.values()];
  }
  const rightFields = new Set(allFields(right));
  return allFields(left)
    .filter((f) => rightFields.has(f))
    .map((name) => ({ name, at: cmd.span }));
}

/** The join-field values of a row as one string, or undefined when one is missing. */
function keyOf(row: Row, keys: readonly KeyField[]): string | undefined {
  const parts: string[] = [];
  for (const key of keys) {
    const values = valuesOf(row.get(key.name));
    if (values.length === 0) return undefined;
    if (values.length > 1) throw errorAt('unsupported', `unsupported: join on the multivalue field ${key.name}`, key.at);
    parts.push(scalarText(values[0]!));
  }
  return JSON.stringify(parts);
}

/** Right rows by join key, in their order; rows missing a join field are left out. */
function indexRows(rows: readonly Row[], keys: readonly KeyField[]): Map<string, Row[]> {
  const index = new Map<string, Row[]>();
  for (const row of rows) {
    const key = keyOf(row, keys);
    if (key === undefined) continue;
    const list = index.get(key);
    if (list === undefined) index.set(key, [row]);
    else list.push(row);
  }
  return index;
}
