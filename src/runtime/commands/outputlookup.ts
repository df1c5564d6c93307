import type { OutputlookupCommand } from '../../ast/nodes.js';
import { errorAt } from '../../diagnostics/diagnostic.js';
import type { Span } from '../../diagnostics/span.js';
import { fileExists, plainFileName, readExisting, removeFile, writeFileAtomically } from '../../lookups/output-file.js';
import { csvHeaderOf, csvLine, csvLines } from '../../lookups/write-csv.js';
import type { Table } from '../../values/value.js';
import { boolOption, checkOptions, findOption, intOption } from '../options.js';

const OPTIONS = ['append', 'create_empty', 'override_if_empty', 'max', 'key_field', 'allow_updates', 'createinapp', 'create_context', 'output_format'];

/**
 * outputlookup: writes the results to a CSV lookup file in `outputDir` and
 * returns them unchanged. splice has one place for lookups it writes, so
 * createinapp= and create_context= are checked but choose nothing [INF].
 * https://docs.splunk.com/Documentation/Splunk/latest/SearchReference/Outputlookup
 */
export function applyOutputlookup(table: Table, cmd: OutputlookupCommand, outputDir: string | undefined): Table {
  if (outputDir === undefined) throw refusedWithoutDir('outputlookup', cmd.span, 'a lookup file');
  const options = readOptions(cmd);
  const name = lookupFileName(cmd);
  const rows = options.max === undefined ? table.rows : table.rows.slice(0, options.max);
  const at = cmd.table.span;
  if (rows.length === 0) {
    // override_if_empty=false (or append) keeps the file; otherwise create_empty decides between an empty file and none.
    if ((options.append || !options.overrideIfEmpty) && fileExists(outputDir, name, at)) return table;
    if (options.createEmpty) writeFileAtomically(outputDir, name, '', at);
    else if (fileExists(outputDir, name, at)) removeFile(outputDir, name, at);
    return table;
  }
  const existing = options.append ? readExisting(outputDir, name, at) : undefined;
  const header = existing === undefined ? [] : csvHeaderOf(existing.toString('utf8'));
  if (existing !== undefined && header.length > 0) {
    // append=true "writes only the fields that are present in the previously existing .csv file".
    const text = existing.toString('utf8');
    writeFileAtomically(outputDir, name, `${text}${text.endsWith('\n') ? '' : '\n'}${csvLines(header, rows)}`, at);
  } else {
    writeFileAtomically(outputDir, name, csvLine(table.fields) + csvLines(table.fields, rows), at);
  }
  return table;
}

/** The error for a command that writes files when the run did not allow it. */
export function refusedWithoutDir(command: string, span: Span, what: string): Error {
  return errorAt('unsupported', `unsupported: ${command} writes ${what}; splice writes files only when run with --output-dir DIR`, { start: span.start, end: span.start + command.length }, [
    `splice run --output-dir DIR … lets ${command} write into DIR`,
  ]);
}

interface WriteOptions {
  readonly append: boolean;
  readonly createEmpty: boolean;
  readonly overrideIfEmpty: boolean;
  readonly max: number | undefined;
}

function readOptions(cmd: OutputlookupCommand): WriteOptions {
  checkOptions('outputlookup', cmd.options, OPTIONS);
  for (const kv of ['key_field', 'allow_updates']) {
    const o = findOption(cmd.options, kv);
    if (o) throw errorAt('unsupported', `unsupported: outputlookup ${o.name.text}= (it updates KV store collections, which live in a Splunk instance)`, o.span);
  }
  const format = findOption(cmd.options, 'output_format');
  if (format && format.value.text.toLowerCase() !== 'splunk_sv_csv') {
    throw errorAt('unsupported', `unsupported: outputlookup output_format=${format.value.text} (only splunk_sv_csv)`, format.value.span);
  }
  const context = findOption(cmd.options, 'create_context');
  if (context && !['app', 'user', 'system'].includes(context.value.text.toLowerCase())) {
    throw errorAt('invalid-argument', `create_context= expects app, user or system, not "${context.value.text}"`, context.value.span);
  }
  boolOption(cmd.options, 'createinapp', true);
  const max = findOption(cmd.options, 'max');
  return {
    append: boolOption(cmd.options, 'append', false),
    createEmpty: boolOption(cmd.options, 'create_empty', false),
    overrideIfEmpty: boolOption(cmd.options, 'override_if_empty', true),
    max: max === undefined ? undefined : intOption(cmd.options, 'max', 0),
  };
}

/**
 * The file to write: a name ending in .csv as given, any other name is a
 * lookup table whose file is `<name>.csv` (the docs' staff / staff.csv) [INF:
 * no transforms.conf here to name another file]. Compressed output is refused.
 */
function lookupFileName(cmd: OutputlookupCommand): string {
  const name = plainFileName(cmd.table.text, 'lookup', cmd.table.span);
  const lower = name.toLowerCase();
  if (lower.endsWith('.gz')) throw errorAt('unsupported', `unsupported: outputlookup to a compressed file (${name})`, cmd.table.span);
  return lower.endsWith('.csv') ? name : plainFileName(`${name}.csv`, 'lookup', cmd.table.span);
}
