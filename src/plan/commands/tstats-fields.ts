import type { Word } from '../../ast/nodes.js';
import { errorAt } from '../../diagnostics/diagnostic.js';
import { closestNames } from '../../macros/suggest.js';
import { allFields, BASE_EVENT_FIELDS, type DataModel, type ModelField } from '../../datamodels/model.js';
import type { FieldRef } from '../predicate.js';

/**
 * tstats field names: dataset fields carry the root prefix (`All_Traffic.dest_port`),
 * BaseEvent fields do not (`_time`, `sourcetype`). Names are case-sensitive
 * (Splexicon "Field"), so `All_Traffic.Dest_Port` is an unknown field, reported
 * rather than silently matching nothing.
 */
export function resolveTstatsField(model: DataModel, word: Word): { ref: FieldRef; field: ModelField } {
  const field = lookup(model, word.text);
  if (!field) {
    const candidates = [...BASE_EVENT_FIELDS.map((f) => f.name), ...model.fields.map((f) => `${model.root}.${f.name}`)];
    const hints = closestNames(word.text, candidates).map((n) => `did you mean ${n}? (field names are case-sensitive)`);
    throw errorAt('unknown-field', `unknown field "${word.text}" in data model ${model.name}`, word.span, hints);
  }
  if (field.multivalue) {
    throw errorAt('unsupported', `unsupported: multivalue data model field "${word.text}" in tstats`, word.span);
  }
  return { ref: fieldRef(field, word), field };
}

/** Resolves a bare name as used by data model constraints (`action=allowed`). */
export function resolveConstraintField(model: DataModel, word: Word): FieldRef {
  const field = allFields(model).find((f) => f.name === word.text);
  if (!field) throw errorAt('unknown-field', `data model ${model.name}: constraint uses unknown field "${word.text}"`, word.span);
  return fieldRef(field, word);
}

function lookup(model: DataModel, name: string): ModelField | undefined {
  const base = BASE_EVENT_FIELDS.find((f) => f.name === name);
  if (base) return base;
  const prefix = `${model.root}.`;
  if (!name.startsWith(prefix)) return undefined;
  const bare = name.slice(prefix.length);
  return model.fields.find((f) => f.name === bare);
}

function fieldRef(field: ModelField, word: Word): FieldRef {
  return { written: word.text, name: field.name, ipKeyed: field.type === 'ip', numericStorage: field.type === 'time', span: word.span };
}
