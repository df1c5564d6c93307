import type { CollectCommand } from '../../ast/nodes.js';
import { errorAt } from '../../diagnostics/diagnostic.js';
import { plainFileName, readExisting, writeFileAtomically } from '../../lookups/output-file.js';
import { scalarText, type FieldValue, type Row, type Scalar, type Table } from '../../values/value.js';
import { boolOption, checkOptions, findOption } from '../options.js';
import { refusedWithoutDir } from './outputlookup.js';

/**
 * collect index=NAME: appends the results to `outputDir/NAME.ndjson`, one JSON
 * object a line, and returns them unchanged. splice has no indexes: the file
 * holds the result rows as they are, not Splunk's stash events, so the options
 * that shape those events (addinfo, addtime, marker, host, source, sourcetype,
 * file, spool, uselb, output_format, timeformat) are refused. testmode=true
 * writes nothing; run_in_preview= has nothing to do, as splice has no preview.
 * https://docs.splunk.com/Documentation/Splunk/latest/SearchReference/Collect
 */
export function applyCollect(table: Table, cmd: CollectCommand, outputDir: string | undefined): Table {
  if (outputDir === undefined) throw refusedWithoutDir('collect', cmd.span, 'to a summary index');
  checkOptions('collect', cmd.options, ['index', 'testmode', 'run_in_preview']);
  boolOption(cmd.options, 'run_in_preview', false);
  const index = findOption(cmd.options, 'index');
  if (index === undefined) {
    throw errorAt('invalid-argument', 'collect needs index=NAME', { start: cmd.span.start, end: cmd.span.start + 'collect'.length }, ['splice appends the rows to NAME.ndjson in --output-dir']);
  }
  const name = `${plainFileName(index.value.text, 'index', index.value.span)}.ndjson`;
  if (boolOption(cmd.options, 'testmode', false) || table.rows.length === 0) return table;
  const lines = table.rows.map((row) => `${jsonObject(table.fields, row)}\n`).join('');
  const existing = readExisting(outputDir, name, index.value.span)?.toString('utf8') ?? '';
  const separator = existing === '' || existing.endsWith('\n') ? '' : '\n';
  writeFileAtomically(outputDir, name, existing + separator + lines, index.value.span);
  return table;
}

/** A row as JSON text, fields in result order; written by hand so a field named __proto__ stays a field. */
function jsonObject(fields: readonly string[], row: Row): string {
  const members: string[] = [];
  for (const field of fields) {
    const value = row.get(field);
    if (value !== undefined) members.push(`${JSON.stringify(field)}:${JSON.stringify(jsonValue(value))}`);
  }
  return `{${members.join(',')}}`;
}

/** Numbers stay numbers, multivalue fields are arrays; a number JSON cannot hold is written as Splunk shows it. */
function jsonValue(value: FieldValue): Scalar | Scalar[] {
  const one = (v: Scalar): Scalar => (typeof v === 'number' && !Number.isFinite(v) ? scalarText(v) : v);
  return Array.isArray(value) ? (value as readonly Scalar[]).map(one) : one(value as Scalar);
}
