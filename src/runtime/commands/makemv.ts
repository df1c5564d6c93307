import type { CommandOption, MakemvCommand } from '../../ast/nodes.js';
import { errorAt } from '../../diagnostics/diagnostic.js';
import { scalarText, valuesOf, type Row, type Scalar, type Table } from '../../values/value.js';
import { fieldValueOf } from '../stats/accumulator.js';
import { boolOption, checkOptions, findOption } from '../options.js';

/** makemv or mvcombine, as the command node says. */
export function applyMakemv(table: Table, cmd: MakemvCommand): Table {
  return cmd.kind === 'makemv' ? makemv(table, cmd) : mvcombine(table, cmd);
}

/**
 * makemv [delim=S | tokenizer=RE] [allowempty=] field: splits each value of the
 * field on every occurrence of S (default a single space), or keeps the first
 * capture group of each match of RE; empty values are dropped unless
 * allowempty=true. One value stays a plain value; none removes the field.
 * setsv=true is refused.
 * https://docs.splunk.com/Documentation/Splunk/latest/SearchReference/Makemv
 */
function makemv(table: Table, cmd: MakemvCommand): Table {
  checkOptions('makemv', cmd.options, ['delim', 'tokenizer', 'allowempty', 'setsv']);
  const setsv = findOption(cmd.options, 'setsv');
  if (setsv !== undefined && boolOption(cmd.options, 'setsv', false)) throw errorAt('unsupported', 'unsupported: makemv setsv=true', setsv.span);
  const split = splitter(cmd.options);
  const allowEmpty = boolOption(cmd.options, 'allowempty', false);
  const field = cmd.field.text;
  const rows = table.rows.map((row) => {
    const current = row.get(field);
    if (current === undefined) return row;
    const parts = valuesOf(current).flatMap((v) => split(scalarText(v))).filter((p) => allowEmpty || p !== '');
    const out: Row = new Map(row);
    const value = fieldValueOf(parts);
    if (value === undefined) out.delete(field);
    else out.set(field, value);
    return out;
  });
  return { fields: table.fields, rows };
}

function splitter(options: readonly CommandOption[]): (text: string) => string[] {
  const delim = findOption(options, 'delim');
  const tokenizer = findOption(options, 'tokenizer');
  if (delim !== undefined && tokenizer !== undefined) {
    throw errorAt('invalid-argument', 'makemv takes delim= or tokenizer=, not both', tokenizer.span);
  }
  if (tokenizer === undefined) {
    const d = delim?.value.text ?? ' ';
    if (d === '') throw errorAt('invalid-argument', 'makemv delim= must not be empty', delim!.value.span);
    return (text) => text.split(d);
  }
  const re = compileRegex(tokenizer);
  return (text) => [...text.matchAll(re)].map((m) => m[1] ?? m[0]);
}

/** Splunk regexes are PCRE: `(?P<name>` becomes JavaScript's `(?<name>`, a leading `(?i)` the i flag. */
function compileRegex(option: CommandOption): RegExp {
  let source = option.value.text.replace(/\(\?P</g, '(?<');
  let flags = 'g';
  if (source.startsWith('(?i)')) {
    source = source.slice(4);
    flags += 'i';
  }
  try {
    return new RegExp(source, flags);
  } catch {
    throw errorAt('invalid-argument', `makemv tokenizer= is not a regular expression splice can run: ${option.value.text}`, option.value.span);
  }
}

/**
 * mvcombine [delim=S] field: results identical in every other field become one
 * result (where the first of them was) whose field holds all their values, in
 * result order, duplicates kept [INF]. delim only shapes the single-value form
 * that `nomv` would show, which splice does not produce, so it changes nothing
 * here. Results without the field are left as they are.
 * https://docs.splunk.com/Documentation/Splunk/latest/SearchReference/Mvcombine
 */
function mvcombine(table: Table, cmd: MakemvCommand): Table {
  checkOptions('mvcombine', cmd.options, ['delim']);
  const field = cmd.field.text;
  const merged = new Map<string, { row: Row; values: Scalar[] }>();
  const out: (Row | { row: Row; values: Scalar[] })[] = [];
  for (const row of table.rows) {
    const values = valuesOf(row.get(field));
    if (values.length === 0) {
      out.push(row);
      continue;
    }
    const others = [...row.entries()].filter(([k]) => k !== field).map(([k, v]) => [k, valuesOf(v).map(scalarText)] as const);
    const key = JSON.stringify(others.sort((a, b) => (a[0] < b[0] ? -1 : 1)));
    const entry = merged.get(key);
    if (entry !== undefined) entry.values.push(...values);
    else {
      const fresh = { row, values: [...values] };
      merged.set(key, fresh);
      out.push(fresh);
    }
  }
  const rows = out.map((item) => (item instanceof Map ? item : new Map(item.row).set(field, fieldValueOf(item.values) ?? item.values)));
  return { fields: table.fields, rows };
}
