import type { Word } from '../../ast/nodes.js';
import { errorAt } from '../../diagnostics/diagnostic.js';
import { closestNames } from '../../macros/suggest.js';
import { BASE_EVENT_FIELD_NAMES, lineage, resolveFieldReference } from '../../datamodels/model-v2.js';
import type { ColumnSpec, RootTable } from '../../datamodels/schema.js';
import type { PlanWarning } from '../plan.js';
import { namedField, type FieldRef } from '../predicate.js';

/**
 * tstats field names: dataset fields carry their dataset path
 * (`All_Traffic.dest_port`, `All_Changes.Account_Management.src_user`),
 * BaseEvent fields do not (`_time`, `sourcetype`). Names are case-sensitive
 * (Splexicon "Field"), so `All_Traffic.Dest_Port` is not a field: Splunk reads it
 * as having no value, and splice does the same with a positioned warning.
 */
export function resolveTstatsField(table: RootTable, word: Word, warnings: PlanWarning[]): { ref: FieldRef; column?: ColumnSpec } {
  checkColumnName(word);
  const column = lookup(table, word, warnings);
  if (column === undefined) return { ref: namedField(word.text, word.span, true) };
  return { ref: fieldRef(column, word), column };
}

/** A name tstats output may carry as a SQL column name: SQLite identifiers cannot hold a NUL character. */
export function checkColumnName(word: Word): void {
  if (word.text.includes('\u0000')) throw errorAt('unsupported', 'unsupported: a field name with a NUL character', word.span);
}

/** Resolves a bare name as data model constraints use it (`action=allowed`). */
export function resolveConstraintField(table: RootTable, word: Word): FieldRef {
  const column = table.byField.get(word.text);
  if (!column) return namedField(word.text, word.span, true);
  return fieldRef(column, word);
}

/**
 * The column for a field reference; undefined for a name that is not a field of
 * the data model, which tstats reads as having no value on any event (a data
 * model summary holds only its own fields), with a warning. A name that differs
 * from a real field only in case gets its own warning: field names are
 * case-sensitive, so Splunk silently matches nothing there, which is almost
 * always a bug in the detection (the corpus has two).
 */
function lookup(table: RootTable, word: Word, warnings: PlanWarning[]): ColumnSpec | undefined {
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
  const sameButCase = close.find((n) => n.toLowerCase() === word.text.toLowerCase());
  if (sameButCase !== undefined) {
    warnings.push({
      message: `"${word.text}" differs from the field ${sameButCase} only in case; field names are case-sensitive, so tstats reads it as having no value`,
      span: word.span,
      hints: [`did you mean ${sameButCase}?`],
    });
    return undefined;
  }
  const hints = close.map((n) => `did you mean ${n}? (field names are case-sensitive)`);
  warnings.push({ message: `"${word.text}" is not a field of ${table.name}; tstats reads it as having no value`, span: word.span, hints });
  return undefined;
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
