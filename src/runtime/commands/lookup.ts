import type { LookupCommand, Word } from '../../ast/nodes.js';
import { errorAt } from '../../diagnostics/diagnostic.js';
import { compileMatcher } from '../../lookups/matcher.js';
import { lookupSettings, type LookupSettings } from '../../lookups/settings.js';
import type { LookupStore, LookupTable } from '../../lookups/store.js';
import { closestNames } from '../../macros/suggest.js';
import { scalarText, valuesOf, type Row, type Table } from '../../values/value.js';
import { boolOption, checkOptions } from '../options.js';

interface OutputPair {
  readonly from: string;
  readonly to: string;
}

/**
 * lookup [local=] [update=] <table> <lookup-field> [AS <event-field>] …
 * [OUTPUT|OUTPUTNEW <lookup-destfield> [AS <event-destfield>] …]
 * https://docs.splunk.com/Documentation/Splunk/latest/SearchReference/Lookup
 *
 * - A lookup row matches when every input field matches (match types, case and
 *   limits: see lookups/settings.ts and lookups/matcher.ts).
 * - "if an OUTPUT or OUTPUTNEW clause is not specified, all of the fields in the
 *   lookup table that are not the match fields are used as output fields", and
 *   they overwrite, as OUTPUT does.
 * - OUTPUT: "the output lookup fields overwrite existing fields". A result whose
 *   inputs find no row gets nothing, so its output fields are removed [INF].
 * - OUTPUTNEW: "the lookup is not performed for events in which the output
 *   fields already exist"; taken per field: only the output fields a result
 *   lacks are set [INF for the partly-present case].
 * - A result that lacks an input field is not looked up and passes unchanged [INF].
 * - Several matching rows give a multivalue output, in lookup-file order, up to
 *   max_matches "for each input lookup value" (transforms.conf.spec); a row with
 *   an empty output cell is a match that adds no value ("Splunk software treats
 *   NULL values as matching values and does not replace them with the
 *   default_match value", Knowledge Manager Manual). Values are not de-duplicated [INF].
 * - Fewer than min_matches matches: default_match is added "one or more times
 *   until the min_matches threshold is reached".
 * - A multivalue input is looked up one value at a time (with several
 *   multivalue inputs, every combination), and the outputs are concatenated in
 *   input-value order; max_matches and min_matches apply to each value [INF].
 * - New output fields join the end of the field list in OUTPUT order, when some
 *   result has them; existing fields keep their place.
 */
export function applyLookup(table: Table, cmd: LookupCommand, store: LookupStore): Table {
  // local= and update= concern distributed and real-time searches; they cannot change results here.
  checkOptions('lookup', cmd.options, ['local', 'update']);
  boolOption(cmd.options, 'local', false);
  boolOption(cmd.options, 'update', false);
  const lookup = findLookup(store, cmd.table);
  for (const alias of cmd.inputs) requireField(lookup, alias.field, 'input');
  const inputs = cmd.inputs.map((a) => ({ lookupField: a.field.text, eventField: (a.as ?? a.field).text }));
  const outputs = outputPairs(cmd, lookup, new Set(inputs.map((i) => i.lookupField)));
  const settings = lookupSettings(lookup.definition);
  const matcher = compileMatcher(lookup, inputs.map((i) => i.lookupField), settings);
  const overwrite = cmd.output?.mode !== 'OUTPUTNEW';
  // Event streams repeat values a lot; each distinct input tuple is matched once.
  const cache = new Map<string, readonly number[]>();
  const matchesOf = (values: readonly string[]): readonly number[] => {
    const key = JSON.stringify(values);
    let found = cache.get(key);
    if (found === undefined) {
      found = matcher.match(values).slice(0, settings.maxMatches);
      cache.set(key, found);
    }
    return found;
  };
  const rows = table.rows.map((row): Row => {
    const eventValues = inputs.map((i) => valuesOf(row.get(i.eventField)).map(scalarText));
    if (eventValues.some((v) => v.length === 0)) return row;
    const found = combinations(eventValues).map(matchesOf);
    const out: Row = new Map(row);
    for (const { from, to } of outputs) {
      if (!overwrite && row.has(to)) continue;
      const values = outputValues(found, from, lookup, settings);
      const [first] = values;
      if (first === undefined) out.delete(to);
      else out.set(to, values.length === 1 ? first : values);
    }
    return out;
  });
  const fields = [...table.fields];
  for (const { to } of outputs) {
    if (!fields.includes(to) && rows.some((r) => r.has(to))) fields.push(to);
  }
  return { fields, rows };
}

function findLookup(store: LookupStore, name: Word): LookupTable {
  const lookup = store.get(name.text);
  if (lookup !== undefined) return lookup;
  const why = store.unusable(name.text);
  const hints = why !== undefined ? [why] : closestNames(name.text, store.names()).map((n) => `did you mean ${n}?`);
  throw errorAt('bad-input', `unknown lookup "${name.text}"`, name.span, hints);
}

/** Splunk refuses a field the table lacks ("Could not find all of the specified … fields in the lookup table"). */
function requireField(lookup: LookupTable, field: Word, role: 'input' | 'output'): void {
  if (lookup.fields.includes(field.text)) return;
  const hints = closestNames(field.text, lookup.fields).map((n) => `did you mean ${n}? (field names are case-sensitive)`);
  throw errorAt('bad-input', `lookup "${lookup.definition.name}" has no ${role} field "${field.text}"`, field.span, hints);
}

function outputPairs(cmd: LookupCommand, lookup: LookupTable, inputs: ReadonlySet<string>): OutputPair[] {
  if (cmd.output === undefined) return lookup.fields.filter((f) => !inputs.has(f)).map((f) => ({ from: f, to: f }));
  for (const alias of cmd.output.fields) requireField(lookup, alias.field, 'output');
  return cmd.output.fields.map((a) => ({ from: a.field.text, to: (a.as ?? a.field).text }));
}

/** Every way to pick one value per input field, first field varying slowest. */
function combinations(lists: readonly (readonly string[])[]): string[][] {
  let out: string[][] = [[]];
  for (const list of lists) out = out.flatMap((prefix) => list.map((v) => [...prefix, v]));
  return out;
}

function outputValues(found: readonly (readonly number[])[], field: string, lookup: LookupTable, settings: LookupSettings): string[] {
  const values: string[] = [];
  for (const rows of found) {
    for (const row of rows) {
      const cell = lookup.rows[row]?.get(field);
      if (cell !== undefined) values.push(cell);
    }
    const { defaultMatch } = settings;
    if (defaultMatch === undefined) continue;
    for (let n = rows.length; n < settings.minMatches; n++) values.push(defaultMatch);
  }
  return values;
}
