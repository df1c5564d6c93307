import type { Word } from '../../ast/nodes.js';
import { errorAt } from '../../diagnostics/diagnostic.js';
import { closestNames } from '../../macros/suggest.js';
import { BASE_EVENT_FIELD_NAMES, lineage, resolveFieldReference } from '../../datamodels/model-v2.js';
import type { ColumnSpec, RootTable } from '../../datamodels/schema.js';
import type { FieldRef } from '../predicate.js';

/**
 * tstats field names: dataset fields carry their dataset path
 * (`All_Traffic.dest_port`, `All_Changes.Account_Management.src_user`),
 * BaseEvent fields do not (`_time`, `sourcetype`). Names are case-sensitive
 * (Splexicon "Field"), so `All_Traffic.Dest_Port` is an unknown field, reported
 * rather than silently matching nothing.
 */
export function resolveTstatsField(table: RootTable, word: Word): { ref: FieldRef; column?: ColumnSpec } {
  const column = lookup(table, word);
  if (column === undefined) return { ref: { written: word.text, name: word.text, ipKeyed: false, numericStorage: false, absent: true, span: word.span } };
  return { ref: fieldRef(column, word), column };
}

/** Resolves a bare name as data model constraints use it (`action=allowed`). */
export function resolveConstraintField(table: RootTable, word: Word): FieldRef {
  const column = table.byField.get(word.text);
  if (!column) return { written: word.text, name: word.text, ipKeyed: false, numericStorage: false, absent: true, span: word.span };
  return fieldRef(column, word);
}

/**
 * The column for a field reference; undefined for a name that is not a field of
 * the data model, which tstats reads as having no value on any event (a data
 * model summary holds only its own fields). A name within a couple of edits of
 * a real field is refused instead: it is almost surely a typo.
 */
function lookup(table: RootTable, word: Word): ColumnSpec | undefined {
  const base = BASE_EVENT_FIELD_NAMES.includes(word.text) ? table.byField.get(word.text) : undefined;
  if (base) return base;
  const resolved = resolveFieldReference(table.model, word.text);
  if (resolved && resolved.root !== table.root) {
    throw errorAt('unknown-field', `"${word.text}" belongs to dataset ${resolved.root.name}, but this search reads ${table.name}`, word.span, [
      `read that dataset with from datamodel=${table.model.name}.${resolved.root.name}`,
    ]);
  }
  const column = resolved ? table.byField.get(resolved.field.name) : undefined;
  if (column) return column;
  const close = closestNames(word.text, knownReferences(table));
  if (close.length === 0) return undefined;
  const hints = close.map((n) => `did you mean ${n}? (field names are case-sensitive)`);
  throw errorAt('unknown-field', `unknown field "${word.text}" in ${table.name}`, word.span, hints);
}

/** Every prefixed name a field of this table can be written as. */
function knownReferences(table: RootTable): string[] {
  const names = [...BASE_EVENT_FIELD_NAMES];
  for (const dataset of [table.root, ...table.root.children]) {
    const path = lineage(table.root, dataset.name)?.map((d) => d.name).join('.') ?? table.root.name;
    for (const f of dataset.fields) names.push(`${path}.${f.name}`);
  }
  return names;
}

function fieldRef(column: ColumnSpec, word: Word): FieldRef {
  return {
    written: word.text, name: column.name, ipKeyed: column.fieldType === 'ip' && !column.multivalue,
    numericStorage: column.fieldType === 'time', multivalue: column.multivalue, span: word.span,
  };
}
